# Keyword arguments in the class statement without a custom metaclass.

try:
    class A(x=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))

class B(Base, flag=True, level=3):
    pass

try:
    class C(metaclass=5):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Explicit metaclass=type is the default.
class D(metaclass=type):
    pass

print(type(D).__name__)

# *args and **kwargs in the bases list.
bases = (Base,)
kws = {"k": "v"}

class E(*bases, **kws):
    pass

print(E.__bases__[0].__name__)

# Class with bases computed by expressions.
def pick(n):
    return [int, str, Base][n]

class F(pick(2)):
    pass

print(F.__mro__[1].__name__)

class G(pick(0)):
    pass

print(G(5) + 1, type(G(5) + 1).__name__)
