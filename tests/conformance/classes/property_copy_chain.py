# getter/setter/deleter return new property objects.

class C:
    def __init__(self):
        self._v = 0

    def g1(self):
        return ("g1", self._v)

    def g2(self):
        return ("g2", self._v)

    def s(self, v):
        self._v = v

    def d(self):
        self._v = "deleted"

    p1 = property(g1)
    p2 = p1.setter(s)
    p3 = p2.deleter(d)
    p4 = p3.getter(g2)


print(C.p1 is C.p2, C.p2 is C.p3, C.p3 is C.p4)
print(C.p1.fset, C.p2.fset is C.s, C.p3.fdel is C.d, C.p4.fget is C.g2)
print(C.p4.fset is C.s, C.p4.fdel is C.d)
c = C()
print(c.p1, c.p4)
try:
    c.p1 = 5
except AttributeError as e:
    print(type(e).__name__, e)
c.p2 = 7
print(c.p2, c.p4)
try:
    del c.p2
except AttributeError as e:
    print(type(e).__name__, e)
del c.p3
print(c.p4)

# Overriding a property in a subclass by extending the parent's property.
class Base:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

class Child(Base):
    @Base.x.setter
    def x(self, v):
        self._x = v * 10

ch = Child()
ch.x = 3
print(ch.x)
try:
    Base().x = 3
except AttributeError as e:
    print(type(e).__name__, e)

# A property subclass keeps its type through setter().
class logged(property):
    pass

class K:
    @logged
    def v(self):
        return 1

    @v.setter
    def v(self, val):
        pass

print(type(K.__dict__["v"]).__name__)
