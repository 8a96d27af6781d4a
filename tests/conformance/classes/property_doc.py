# Docstrings of properties.

class C:
    @property
    def a(self):
        "doc of a"
        return 1

    @property
    def b(self):
        return 2

    c = property(lambda self: 3, doc="explicit doc")

    def _get(self):
        """getter doc"""
        return 4

    d = property(_get)
    e = property(_get, doc="overrides")


print(repr(C.a.__doc__))
print(repr(C.b.__doc__))
print(repr(C.c.__doc__))
print(repr(C.d.__doc__))
print(repr(C.e.__doc__))

# The setter copies the doc of the getter.
class D:
    @property
    def x(self):
        "x doc"
        return self._x

    @x.setter
    def x(self, v):
        "setter doc is ignored"
        self._x = v

print(repr(D.x.__doc__))

# property.__doc__ is writable on instances of property.
p = property(lambda s: 1)
print(repr(p.__doc__))
p.__doc__ = "new"
print(p.__doc__)

# Subclass of property keeps the doc per instance.
class myprop(property):
    "class doc of myprop"

class E:
    @myprop
    def f(self):
        "f doc"
        return 5

    g = myprop(lambda s: 6)

print(repr(E.f.__doc__), E().f)
print(repr(E.g.__doc__), E().g)
print(type(E.__dict__["f"]).__name__)

# property.__name__ (3.13).
print(C.a.__name__, C.d.__name__)
