# Special methods are looked up on the type, not on the instance.

class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C-repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())

# Setting the special method on the class takes effect immediately.
C.__len__ = lambda self: 7
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)

# Adding operators to a class after creation.
class V:
    def __init__(self, v):
        self.v = v

try:
    V(1) + V(2)
except TypeError as e:
    print(type(e).__name__, e)
V.__add__ = lambda self, other: V(self.v + other.v)
print((V(1) + V(2)).v)
V.__eq__ = lambda self, other: self.v == other.v
print(V(1) == V(1), V(1) == V(2))
V.__call__ = lambda self, x: self.v * x
print(V(3)(4))
V.__iter__ = lambda self: iter(range(self.v))
print(list(V(3)))
V.__bool__ = lambda self: self.v > 0
print(bool(V(0)), bool(V(2)))
V.__getitem__ = lambda self, k: k * self.v
print(V(2)[5])

# A special method set to None disables the operation.
class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError

try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)

class NoHash:
    __hash__ = None

try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])

try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)

class NoLen:
    __len__ = None

try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)

class NoReversed:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i

try:
    reversed(NoReversed())
except TypeError as e:
    print(type(e).__name__, e)

# A special method that is a callable but not a descriptor is called without the instance.
class Callable:
    def __call__(self, *args):
        return f"callable object, got {len(args)} args"

class W:
    __repr__ = Callable()

print(repr(W()))

class StaticRepr:
    __repr__ = staticmethod(lambda: "static repr")

print(repr(StaticRepr()))
