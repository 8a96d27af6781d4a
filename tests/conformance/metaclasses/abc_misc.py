# Less common corners of the abc module.

import abc
from abc import ABC, ABCMeta, abstractmethod

# abstractmethod needs an object that accepts attributes.
try:
    abstractmethod(5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    abstractmethod(len)
except AttributeError as e:
    print(type(e).__name__, e)

# ABCMeta called directly like type().
def abstract_run(self):
    pass

def run(self):
    return "dynamic run"

Dyn = ABCMeta("Dyn", (), {"run": abstractmethod(abstract_run)})
print(type(Dyn).__name__, sorted(Dyn.__abstractmethods__))
Impl = ABCMeta("Impl", (Dyn,), {"run": run})
print(Impl().run(), issubclass(Impl, Dyn))
try:
    Dyn()
except TypeError as e:
    print(type(e).__name__, e)

# type() with an ABC base picks ABCMeta as the metaclass.
T = type("T", (Dyn,), {"run": run})
print(type(T).__name__, T().run())

# Registry helpers.
class Base(ABC):
    pass

class Virtual:
    pass

Base.register(Virtual)
print(issubclass(Virtual, Base))
Base._abc_registry_clear()
Base._abc_caches_clear()
print(issubclass(Virtual, Base))

# Metaclass keyword arguments pass through ABCMeta to __init_subclass__.
class Hooked(ABC):
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor

class Vanilla(Hooked, flavor="vanilla"):
    pass

print(Vanilla.flavor, type(Vanilla).__name__)

# A metaclass derived from ABCMeta.
class LoggingABCMeta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("created", name, sorted(cls.__abstractmethods__))
        return cls

class Service(metaclass=LoggingABCMeta):
    @abstractmethod
    def start(self): ...

class Web(Service):
    def start(self):
        return "started"

print(Web().start(), isinstance(Web(), Service), type(Web).__name__)

# isinstance on an ABC uses the instance's __class__ as well as its type.
class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)

class Target(ABC):
    pass

class RealTarget(Target):
    pass

print(isinstance(Proxy(RealTarget()), Target), isinstance(Proxy(5), Target))

# ABC instances behave normally otherwise.
class Point(ABC):
    def __init__(self, x):
        self.x = x

p = Point(3)
p.y = 4
print(p.x, p.y, vars(p))

# Abstract methods added by __init_subclass__ (during class creation) are counted.
class Hooking(ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if "required" not in cls.__dict__:
            def required(self):
                pass
            cls.required = abstractmethod(required)

class NeedsIt(Hooking):
    pass

class HasIt(Hooking):
    def required(self):
        return "ok"

print(sorted(NeedsIt.__abstractmethods__), sorted(HasIt.__abstractmethods__), HasIt().required())
try:
    NeedsIt()
except TypeError as e:
    print(type(e).__name__, e)
