# __subclasshook__ customizes issubclass for ABCs.

from abc import ABC, ABCMeta, abstractmethod


class Closeable(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        print("hook called for", C.__name__)
        if cls is Closeable:
            if any("close" in vars(B) for B in C.__mro__):
                return True
        return NotImplemented


class File:
    def close(self):
        pass


class Stone:
    pass


print(issubclass(File, Closeable), isinstance(File(), Closeable))
print(issubclass(File, Closeable))     # cached: no hook call
print(issubclass(Stone, Closeable), isinstance(Stone(), Closeable))
print(issubclass(Stone, Closeable))    # negative cache: no hook call

# The hook's condition on `cls is Closeable` means subclasses fall back to normal rules.
class SpecialCloseable(Closeable):
    def close(self):
        pass

print(issubclass(File, SpecialCloseable))
print(issubclass(SpecialCloseable, Closeable))

# A hook returning False overrides even real inheritance.
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False

class RealChild(Never):
    pass

print(issubclass(RealChild, Never), isinstance(RealChild(), Never))

# A hook returning True for everything.
class Anything(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True

print(issubclass(int, Anything), isinstance("s", Anything), isinstance(None, Anything))

# A hook returning a non-bool, non-NotImplemented value.
class Weird(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1

try:
    issubclass(int, Weird)
except AssertionError as e:
    print(type(e).__name__, e)

# The default __subclasshook__ comes from object and returns NotImplemented.
print(object.__subclasshook__(int), Closeable.__subclasshook__ is not object.__subclasshook__)

# A hook that checks several methods.
class Container(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            needed = {"__len__", "__contains__"}
            have = set().union(*(vars(B) for B in C.__mro__))
            return needed <= have
        return NotImplemented

print(issubclass(list, Container), issubclass(int, Container), issubclass(dict, Container))
