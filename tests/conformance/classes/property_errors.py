# AttributeError messages of properties without setter/deleter/getter.

class C:
    @property
    def ro(self):
        return 1

    def _set(self, v):
        pass

    wo = property(None, _set)


c = C()
print(c.ro)
try:
    c.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.wo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.wo
except AttributeError as e:
    print(type(e).__name__, e)

# A subclass reports its own name.
class D(C):
    pass

try:
    D().ro = 5
except AttributeError as e:
    print(type(e).__name__, e)

# Property created with property() without names.
class E:
    x = property(lambda self: 10)

try:
    E().x = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del E().x
except AttributeError as e:
    print(type(e).__name__, e)

# Errors raised inside the getter propagate unchanged.
class F:
    @property
    def bad(self):
        raise KeyError("inside")

    @property
    def missing(self):
        return self.nope

try:
    F().bad
except KeyError as e:
    print(type(e).__name__, e)
try:
    F().missing
except AttributeError as e:
    print(type(e).__name__, e)

# The class can still rebind the name.
C.ro = 99
print(c.ro)

# property() argument checks.
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
p = property(fget=None, fset=None)
print(p.fget, p.fset, p.fdel, p.__doc__)
try:
    p.__get__(c)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    property().__set__(c, 1)
except AttributeError as e:
    print(type(e).__name__, e)
