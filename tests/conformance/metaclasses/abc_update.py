# abc.update_abstractmethods and the deprecated decorators.

import abc
from abc import ABC, abstractmethod, update_abstractmethods


class Base(ABC):
    @abstractmethod
    def run(self): ...

    @abstractmethod
    def stop(self): ...


class Later(Base):
    pass


print(sorted(Later.__abstractmethods__))
Later.run = lambda self: "run"
Later.stop = lambda self: "stop"
print(sorted(Later.__abstractmethods__))
print(update_abstractmethods(Later) is Later, sorted(Later.__abstractmethods__))
print(Later().run())

# Adding a new abstract method then updating.
def extra(self):
    pass

Later.extra = abstractmethod(extra)
update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
try:
    Later()
except TypeError as e:
    print(type(e).__name__, e)

# Used as a class decorator after a decorator adds methods.
def add_methods(cls):
    cls.run = lambda self: "decorated run"
    cls.stop = lambda self: "decorated stop"
    return cls

@update_abstractmethods
@add_methods
class Decorated(Base):
    pass

print(sorted(Decorated.__abstractmethods__), Decorated().run())

# Non-ABC classes are returned unchanged.
class Plain:
    pass

print(update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))

# Deprecated helpers still work.
class Old(ABC):
    @abc.abstractproperty
    def prop(self): ...

    @abc.abstractclassmethod
    def cm(cls): ...

    @abc.abstractstaticmethod
    def sm(): ...

print(sorted(Old.__abstractmethods__))
print(isinstance(Old.__dict__["prop"], property), isinstance(Old.__dict__["cm"], classmethod),
      isinstance(Old.__dict__["sm"], staticmethod))
print(abc.abstractproperty.__isabstractmethod__, abc.abstractclassmethod.__mro__[1].__name__)

class OldImpl(Old):
    prop = 1

    @classmethod
    def cm(cls):
        return "cm"

    @staticmethod
    def sm():
        return "sm"

print(OldImpl().prop, OldImpl.cm(), OldImpl.sm())

# get_cache_token changes only on register.
t1 = abc.get_cache_token()
class Fresh(ABC):
    pass
t2 = abc.get_cache_token()
Fresh.register(int)
t3 = abc.get_cache_token()
print(t1 == t2, t2 == t3, isinstance(5, Fresh))
