# __reversed__.

class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return iter(self.cards)

    def __reversed__(self):
        print("__reversed__ called")
        return iter(self.cards[::-1])

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


d = Deck(["A", "K", "Q"])
print(list(reversed(d)), list(d))
for c in reversed(d):
    print(c, end=" ")
print()

# __reversed__ may return any object.
class Odd:
    def __reversed__(self):
        return "not an iterator"

print(reversed(Odd()))

# reversed on sequences without __reversed__ uses __len__/__getitem__.
class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        print("getitem", i)
        return i * 10

print(list(reversed(Seq())))

# Errors.
class OnlyLen:
    def __len__(self):
        return 2

class OnlyIter:
    def __iter__(self):
        return iter([1])

for obj in (OnlyLen(), OnlyIter(), 5, {1, 2}):
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# reversed of built-ins.
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2])
print(type(r).__name__, next(r), r.__length_hint__())

# An IndexError from __getitem__ just ends the reversed iteration.
class Short:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError("too far")
        return i

print(list(reversed(Short())))
