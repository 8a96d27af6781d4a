# Functions are non-data descriptors: __get__ produces bound methods.

def f(self, x=0):
    return (self, x)


class C:
    def __repr__(self):
        return "C()"


c = C()
bm = f.__get__(c, C)
print(type(bm).__name__, bm(), bm(5), bm.__self__, bm.__func__ is f)
print(f.__get__(None, C) is f)
print(f.__get__(c)(1))
try:
    f.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)

# Binding a function to an arbitrary object.
bound_to_int = f.__get__(42)
print(bound_to_int(1))

# Functions assigned to a class after creation bind too.
C.g = f
print(c.g(7))

# Lambdas and nested functions behave the same.
C.h = lambda self: ("lambda", self)
print(c.h())

# Built-in functions are not descriptors: they do not bind.
C.length = len
try:
    print(c.length([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
print(C.length([1, 2, 3]))

# types.MethodType equivalent via type(bm).
Method = type(bm)
m2 = Method(f, "target")
print(m2(3), m2.__self__)
try:
    Method(f)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Method(1, c)
except TypeError as e:
    print(type(e).__name__, e)

# Bound methods are themselves not re-bound when stored on a class.
C.pre = bm

class D:
    def __repr__(self):
        return "D()"

D.pre = bm
print(D().pre())

# Method of an instance of a subclass.
class Base:
    def who(self):
        return type(self).__name__

class Sub(Base):
    pass

print(Base.who.__get__(Sub())(), Base.__dict__["who"].__get__(Sub(), Sub)())
