# Abstract properties, classmethods and staticmethods.

from abc import ABC, abstractmethod


class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))
print(Base.__dict__["name"].__isabstractmethod__, Base.__dict__["create"].__isabstractmethod__,
      Base.__dict__["helper"].__isabstractmethod__)

try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


i = Impl.create()
print(i.name, i.helper(), Impl.__abstractmethods__)

# A property is abstract if any of its functions is abstract.
class Setter(ABC):
    @property
    def value(self):
        return 1

    @value.setter
    @abstractmethod
    def value(self, v):
        ...

print(sorted(Setter.__abstractmethods__), Setter.value.__isabstractmethod__)

class SetterImpl(Setter):
    @Setter.value.setter
    def value(self, v):
        self._v = v

print(sorted(SetterImpl.__abstractmethods__))
s = SetterImpl()
s.value = 5
print(s.value, s._v)

# Plain property/classmethod/staticmethod report False.
print(property().__isabstractmethod__, classmethod(len).__isabstractmethod__, staticmethod(len).__isabstractmethod__)

# Partial implementation.
class Partial(Base):
    @property
    def name(self):
        return "partial"

try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)

# Abstract property overridden by a plain class attribute.
class AttrImpl(Base):
    name = "class attribute"
    create = None
    helper = None

print(AttrImpl().name)
