# abc.ABC, abstractmethod and instantiation checks.

import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area()}, perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class HalfDone(Shape):
    def area(self):
        return 0


print(type(Shape).__name__, type(Square).__name__, isinstance(Shape, ABCMeta))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), sorted(Square.__abstractmethods__))
print(type(Shape.__abstractmethods__).__name__)
print(Square(3).describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)

# abstractmethod sets the marker attribute.
def f():
    pass

g = abstractmethod(f)
print(g is f, f.__isabstractmethod__)
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))

# Abstract methods can be called through super().
class Base(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"

class Impl(Base):
    def greet(self):
        return "impl + " + super().greet()

print(Impl().greet())

# ABCMeta used directly.
class Direct(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass

try:
    Direct()
except TypeError as e:
    print(type(e).__name__, e)

# A class with no abstract methods is instantiable even with ABCMeta.
class Concrete(ABC):
    pass

print(type(Concrete()).__name__, Concrete.__abstractmethods__)

# abstractmethod on a class without ABCMeta has no effect.
class NotABC:
    @abstractmethod
    def m(self):
        pass

print(type(NotABC()).__name__)

# Overriding with a non-callable value still counts as implemented.
class Attr(Shape):
    area = 1
    perimeter = None

print(type(Attr()).__name__)

# ABC has no instance dict restrictions for subclasses, but ABC itself uses __slots__.
print(ABC.__slots__, abc.ABC is ABC, ABCMeta.__module__, ABC.__module__)
sq = Square(1)
sq.extra = 1
print(sq.extra)
