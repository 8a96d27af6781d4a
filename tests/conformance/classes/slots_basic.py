# __slots__: fixed attribute sets, no instance __dict__.

class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)

# Unset slot raises AttributeError.
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(q, "x"), getattr(q, "x", "default"))
q.x = 5
del q.x
try:
    del q.x
except AttributeError as e:
    print(type(e).__name__, e)

# Slot descriptors live on the class.
print(type(P.__dict__["x"]).__name__)
print(P.__slots__)
print(P.x.__name__, P.x.__objclass__ is P)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x)
P.x.__set__(p, 77)
print(p.x)

# A single string is one slot name.
class S:
    __slots__ = "only"

s = S()
s.only = "one"
print(s.only, S.__slots__)
try:
    s.o = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Slots given as a list or a dict.
class L:
    __slots__ = ["a", "b"]

class D:
    __slots__ = {"a": "doc of a", "b": None}

print(L.__slots__, sorted(D.__slots__))
print(D.a.__doc__, D.b.__doc__)

# Empty slots.
class N:
    __slots__ = ()

n = N()
try:
    n.anything = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Class attributes can still be read through instances.
class K:
    __slots__ = ("v",)
    default = 42

k = K()
print(k.default)
try:
    k.default = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Slot vs class variable conflict.
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)

# Invalid slot names.
for slots in (("1abc",), ("a b",), (1,)):
    try:
        class Bad2:
            __slots__ = slots
    except TypeError as e:
        print(type(e).__name__, e)

try:
    class Dup:
        __slots__ = ("a", "a")
except TypeError as e:
    print(type(e).__name__, e)
