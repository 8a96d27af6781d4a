# __mro__, mro(), __bases__, __base__.

class A:
    pass

class B(A):
    pass

class C(A):
    pass

class D(B, C):
    pass


def names(seq):
    return [k.__name__ for k in seq]


print(names(D.__mro__))
print(names(D.mro()))
print(type(D.__mro__).__name__, type(D.mro()).__name__)
print(names(D.__bases__), names(A.__bases__), object.__bases__)
print(D.__base__.__name__, A.__base__, object.__base__)
print(names(object.__mro__), names(int.__mro__), names(bool.__mro__))

# Explicit object base is the same as none.
class E(object):
    pass

print(names(E.__bases__), names(E.__mro__))

# __bases__ cannot be changed to something inconsistent.
try:
    D.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__bases__ = (D,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    D.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)

# Reassigning __bases__ to a compatible tuple.
class X:
    def hello(self):
        return "X"

class Y:
    def hello(self):
        return "Y"

class Z(X):
    pass

z = Z()
print(z.hello())
Z.__bases__ = (Y,)
print(z.hello(), names(Z.__mro__))

# Duplicate base class.
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Bases must be classes.
for bad in (1, "str", None):
    try:
        class Bad(bad):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

# Cannot subclass final built-ins.
for final in (bool, type(None), type(NotImplemented), range, slice):
    try:
        class Sub(final):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

# Deep chains.
class L0: pass
class L1(L0): pass
class L2(L1): pass
class L3(L2): pass
print(names(L3.__mro__))
print(issubclass(L3, L0), issubclass(L0, L3))
