# Calling special methods directly, on built-in and user-defined objects.

print((1).__add__(2), (5).__sub__(3), (2).__mul__(4), (7).__floordiv__(2), (7).__mod__(3))
print((1.5).__add__(1), (3).__truediv__(2), (2).__pow__(10), (2).__pow__(10, 1000))
print("ab".__add__("cd"), "ab".__mul__(3), "abc".__contains__("b"), "abc".__getitem__(1), "abc".__len__())
print([1, 2].__add__([3]), [1].__mul__(2), [1, 2, 3].__getitem__(slice(1, None)), [3, 4].__contains__(4))
print((1, 2).__len__(), {"a": 1}.__getitem__("a"), {"a": 1}.__contains__("b"), {1, 2}.__contains__(2))
print((3).__eq__(3), (3).__ne__(4), (3).__lt__(4), (3).__ge__(4), "a".__lt__("b"), [1].__eq__([1]))
print((3).__eq__("3"), "a".__lt__(1), (1).__lt__(1.5), (1.5).__gt__(1))
print((5).__neg__(), (5).__invert__(), (-5).__abs__(), (5).__bool__(), (0).__bool__(), (2.5).__int__())
print((5).__index__(), (5).__float__(), (3.7).__floor__(), (3.2).__ceil__(), (3.567).__round__(2), (17).__round__(-1))
print((255).__format__("x"), "s".__format__(">3"), (1.5).__format__(".3f"), (5).__repr__(), "q".__repr__(), "q".__str__())
print((5).__hash__() == hash(5), "x".__hash__() == hash("x"), (1, 2).__hash__() == hash((1, 2)))

lst = [3, 1]
lst.__setitem__(0, 9)
lst.__delitem__(1)
lst.__iadd__([7])
print(lst, lst.__iter__().__next__(), lst.__reversed__().__next__())
d = {}
d.__setitem__("k", 1)
print(d, d.__len__(), d.__iter__().__next__())
d.__delitem__("k")
print(d)

# Unbound calls through the type.
print(int.__add__(1, 2), str.__len__("abcd"), list.__getitem__([5, 6], 0), dict.__contains__({1: 2}, 1))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__len__(5)
except TypeError as e:
    print(type(e).__name__, e)

# User-defined dunders called directly behave like normal methods.
class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + o.v)

    def __repr__(self):
        return f"V({self.v})"

print(V(1).__add__(V(2)), V.__add__(V(3), V(4)))
try:
    V(1).__add__()
except TypeError as e:
    print(type(e).__name__, e)

# Inherited object dunders.
class Plain:
    pass

p = Plain()
print(p.__eq__(p), p.__eq__(1), p.__ne__(1), p.__hash__() == hash(p), p.__reduce_ex__ is not None)
print(p.__class__.__name__, p.__dir__() is not None, type(p.__sizeof__()).__name__, p.__format__("") == str(p))
print(Plain.__init__ is object.__init__, Plain.__new__ is object.__new__, Plain.__str__ is object.__str__)
