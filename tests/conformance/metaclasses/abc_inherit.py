# Abstract methods through inheritance chains and multiple inheritance.

from abc import ABC, ABCMeta, abstractmethod


class A(ABC):
    @abstractmethod
    def a(self): ...

    @abstractmethod
    def b(self): ...


class B(A):
    def a(self):
        return "B.a"


class C(B):
    def b(self):
        return "C.b"


class D(C):
    @abstractmethod
    def a(self):      # re-abstracting a concrete method
        ...


for cls in (A, B, C, D):
    print(cls.__name__, sorted(cls.__abstractmethods__))
print(C().a(), C().b())

# Mixin providing the implementation.
class Impl:
    def a(self):
        return "Impl.a"

    def b(self):
        return "Impl.b"

class Mixed(Impl, A):
    pass

class WrongOrder(A, Impl):
    pass

print(sorted(Mixed.__abstractmethods__), Mixed().a())
print(sorted(WrongOrder.__abstractmethods__))
try:
    WrongOrder()
except TypeError as e:
    print(type(e).__name__, e)

# Two abstract bases.
class X(ABC):
    @abstractmethod
    def x(self): ...

class Y(ABC):
    @abstractmethod
    def y(self): ...

class XY(X, Y):
    def x(self):
        return 1

print(sorted(XY.__abstractmethods__))
try:
    XY()
except TypeError as e:
    print(type(e).__name__, e)

# A non-ABC base in the mix: the metaclass is still ABCMeta.
class Plain:
    def helper(self):
        return "helper"

class Combined(Plain, X):
    def x(self):
        return self.helper()

print(type(Combined).__name__, Combined().x())

# Abstract methods added to the class after creation are not tracked.
class Late(ABC):
    pass

def m(self):
    pass

Late.m = abstractmethod(m)
print(sorted(Late.__abstractmethods__), type(Late()).__name__)

# Deleting the implementation after creation does not re-abstract.
class Temp(A):
    def a(self): return 1
    def b(self): return 2

del Temp.b
print(sorted(Temp.__abstractmethods__), type(Temp()).__name__)

# __abstractmethods__ can be assigned directly.
Temp.__abstractmethods__ = frozenset({"zzz"})
try:
    Temp()
except TypeError as e:
    print(type(e).__name__, e)
Temp.__abstractmethods__ = frozenset()
print(type(Temp()).__name__)

# Non-ABC classes have no __abstractmethods__.
try:
    Plain.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
