# Subclassing property and writing property-like descriptors.

class loud_property(property):
    def __get__(self, obj, objtype=None):
        value = super().__get__(obj, objtype)
        if obj is None:
            return value
        return f"<<{value}>>"


class C:
    def __init__(self):
        self._x = "x"

    @loud_property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v


c = C()
print(c.x)
c.x = "y"
print(c.x, type(C.__dict__["x"]).__name__, isinstance(C.x, property))

# A pure-Python property.
class myproperty:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError(f"{self.name} is write-only")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError(f"{self.name} is read-only")
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError(f"{self.name} cannot be deleted")
        self.fdel(obj)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class D:
    def __init__(self):
        self._v = 1

    @myproperty
    def v(self):
        "the value"
        return self._v

    @v.setter
    def v(self, value):
        self._v = value

    @myproperty
    def ro(self):
        return "read only"


d = D()
print(d.v, D.v.__doc__, D.v.name)
d.v = 5
print(d.v)
for action in (lambda: setattr(d, "ro", 1), lambda: delattr(d, "v")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
d.__dict__["v"] = "shadow"
print(d.v)

# property subclass with extra state.
class typed_property(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, kind=object):
        super().__init__(fget, fset, fdel, doc)
        self.kind = kind

class E:
    p = typed_property(lambda self: 3, kind=int)

print(E().p, E.p.kind.__name__)
