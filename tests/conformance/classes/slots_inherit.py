# __slots__ and inheritance.

class A:
    __slots__ = ("a",)

class B(A):
    __slots__ = ("b",)

b = B()
b.a = 1
b.b = 2
print(b.a, b.b, hasattr(b, "__dict__"))
try:
    b.c = 3
except AttributeError as e:
    print(type(e).__name__, e)

# A subclass without __slots__ gets a __dict__.
class C(A):
    pass

c = C()
c.a = 1
c.other = 2
print(c.a, c.other, c.__dict__)

# A slotted class below a normal class still has a __dict__.
class Plain:
    pass

class Slotted(Plain):
    __slots__ = ("s",)

s = Slotted()
s.s = 1
s.extra = 2
print(s.s, s.__dict__)

# __dict__ in __slots__ enables dynamic attributes.
class WithDict:
    __slots__ = ("x", "__dict__")

w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y, w.__dict__)

# __weakref__ in __slots__.
class WithWeak:
    __slots__ = ("x", "__weakref__")

ww = WithWeak()
ww.x = 5
print(ww.x, hasattr(ww, "__dict__"))

# Redefining a slot in a subclass shadows the base slot.
class R(A):
    __slots__ = ("a",)

r = R()
r.a = "sub"
print(r.a, R.a is not A.a)
A.a.__set__(r, "base slot")
print(r.a, A.a.__get__(r, R))

# Slots of the base are visible via the subclass.
print("a" in A.__dict__, "a" in B.__dict__, "b" in B.__dict__)
print(B.__slots__, A.__slots__)

# Methods and properties still work with slots.
class V:
    __slots__ = ("_v",)

    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v

    def double(self):
        return self._v * 2

vv = V(21)
print(vv.v, vv.double())
try:
    vv.v = 3
except AttributeError as e:
    print(type(e).__name__, e)

# Multiple inheritance with two non-empty slot layouts conflicts.
class X:
    __slots__ = ("x",)

class Y:
    __slots__ = ("y",)

try:
    class XY(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Empty slots combine fine.
class E1:
    __slots__ = ()

class E2:
    __slots__ = ()

class E12(E1, E2):
    __slots__ = ("z",)

e = E12()
e.z = 1
print(e.z)
