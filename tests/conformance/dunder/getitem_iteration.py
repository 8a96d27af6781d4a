# The old sequence iteration protocol based on __getitem__ and IndexError.

class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("out of range")
        return i * i


s = Squares(5)
print(list(s), tuple(s), [x + 1 for x in s], sum(s), max(s), sorted(s, reverse=True))
a, b, c = Squares(3)
print(a, b, c)
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
print(list(zip(Squares(3), "abc")), list(map(str, Squares(2))), list(enumerate(Squares(2))))
print(16 in s, 15 in s, "x".join(map(str, Squares(4))))

# StopIteration also ends the iteration.
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i

print(list(StopsWithStopIteration()))

# Other exceptions propagate (LookupError subclasses other than IndexError too).
class KeyErr:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError(i)
        return i

try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)

# __getitem__ receives plain ints starting at 0.
class Spy:
    def __getitem__(self, i):
        print("index", type(i).__name__, i)
        if i > 1:
            raise IndexError
        return i

for x in Spy():
    pass

# A __len__ is not needed and not used for iteration.
class LenLies:
    def __len__(self):
        return 100

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i

print(list(LenLies()), len(LenLies()))

# reversed() needs __len__ and __getitem__.
class Rev:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]

print(list(reversed(Rev())), "".join(reversed(Rev())))
try:
    reversed(Squares(2))
except TypeError as e:
    print(type(e).__name__, e)

# An infinite __getitem__ sequence with islice-like manual stopping.
class Naturals:
    def __getitem__(self, i):
        return i

out = []
for n in Naturals():
    if n > 4:
        break
    out.append(n)
print(out)

# A string-keyed __getitem__ fails on iteration with the class's own error.
class Mapping:
    def __getitem__(self, key):
        return {"a": 1}[key]

try:
    list(Mapping())
except KeyError as e:
    print(type(e).__name__, e)
