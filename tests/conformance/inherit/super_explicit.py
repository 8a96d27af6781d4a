# Two-argument super(C, obj) and super(C, cls), and super objects' attributes.

class A:
    def m(self):
        return "A.m"

    @classmethod
    def c(cls):
        return "A.c:" + cls.__name__


class B(A):
    def m(self):
        return "B.m"


class C(B):
    def m(self):
        return "C.m"

    def __repr__(self):
        return "C()"


obj = C()
print(super(C, obj).m(), super(B, obj).m())
print(super(C, C).c(), super(B, C).c())
print(super(C, C).m(obj))

s = super(B, obj)
print(s.__thisclass__.__name__, s.__self__ is obj, s.__self_class__.__name__)
print(repr(s))
s2 = super(B, C)
print(s2.__self__ is C, s2.__self_class__.__name__)
print(repr(s2))

# Unbound super.
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
print(repr(u))

# Instances must be instances of the type.
class Other:
    pass

for args in ((B, Other()), (B, Other), (C, B()), (B, 5)):
    try:
        super(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# First argument must be a type.
for args in ((5, obj), ("C", obj), (obj, obj)):
    try:
        super(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# Wrong number of arguments.
try:
    super(C, obj, 1)
except TypeError as e:
    print(type(e).__name__, e)

# Missing attribute through super.
try:
    super(C, obj).nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(A, obj).m
except AttributeError as e:
    print(type(e).__name__, e)

# super() at module level.
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)

# super in a function that is not in a class.
def not_a_method(self):
    return super().m()

try:
    not_a_method(obj)
except RuntimeError as e:
    print(type(e).__name__, e)

# super() in a method called without arguments.
class NoSelf:
    def f():
        return super().f()

try:
    NoSelf.f()
except RuntimeError as e:
    print(type(e).__name__, e)

# super() object special attribute __class__ and methods like __get__.
print(type(s).__name__, s.__class__ is super)
bound = super(B).__get__(obj, C)
print(bound.m())

# super().__init__ and friends on object.
class P:
    def __init__(self):
        super().__init__()
        self.ok = True

print(P().ok)
print(super(P, P()).__repr__ is not None)
