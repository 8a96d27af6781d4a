# AbstractContextManager: default __enter__, abstract __exit__, structural subclass checks.
from contextlib import AbstractContextManager
import abc

print(type(AbstractContextManager).__name__)
print(AbstractContextManager.__abstractmethods__)

try:
    AbstractContextManager()
except TypeError as e:
    print(type(e).__name__, e)

class Incomplete(AbstractContextManager):
    pass

try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

class Manager(AbstractContextManager):
    def __exit__(self, *args):
        print("exit", args)
        return super().__exit__(*args)

m = Manager()
with m as x:
    print(x is m)
print(m.__enter__() is m)
print(AbstractContextManager.__exit__(m, None, None, None))

# structural checks: any class with __enter__ and __exit__
class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class EnterOnly:
    def __enter__(self):
        return self

class ExitOnly:
    def __exit__(self, *a):
        pass

print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
print(issubclass(EnterOnly, AbstractContextManager))
print(issubclass(ExitOnly, AbstractContextManager))
print(issubclass(int, AbstractContextManager), isinstance(3, AbstractContextManager))
print(issubclass(Manager, AbstractContextManager))

# inherited methods count
class DuckChild(Duck):
    pass
print(issubclass(DuckChild, AbstractContextManager))

# setting a method to None blocks the structural check
class Blocked(Duck):
    __exit__ = None
print(issubclass(Blocked, AbstractContextManager))

class BlockedEnter(Duck):
    __enter__ = None
print(issubclass(BlockedEnter, AbstractContextManager))

# __subclasshook__ only applies to AbstractContextManager itself, not subclasses
class Sub(AbstractContextManager):
    def __exit__(self, *a):
        pass
print(issubclass(Duck, Sub))
print(issubclass(Sub, AbstractContextManager))
print(AbstractContextManager.__subclasshook__(Duck))
print(AbstractContextManager.__subclasshook__(int))
print(Sub.__subclasshook__(Duck))

# register
class Virtual:
    pass
AbstractContextManager.register(Virtual)
print(issubclass(Virtual, AbstractContextManager), isinstance(Virtual(), AbstractContextManager))

# built-in managers
import contextlib
for name in ["closing", "nullcontext", "suppress", "redirect_stdout", "redirect_stderr", "ExitStack"]:
    cls = getattr(contextlib, name)
    print(name, issubclass(cls, AbstractContextManager), cls.__mro__[1].__name__)

@contextlib.contextmanager
def gen():
    yield
print(isinstance(gen(), AbstractContextManager))
print(isinstance(gen(), contextlib.ContextDecorator))

# other properties
print(AbstractContextManager.__slots__)
print(AbstractContextManager.__name__, AbstractContextManager.__module__)
print(repr(AbstractContextManager[int]))
print(AbstractContextManager[int].__origin__ is AbstractContextManager, AbstractContextManager[int].__args__)
print(isinstance(AbstractContextManager, abc.ABCMeta))
print(abc.ABC in AbstractContextManager.__mro__)

# a subclass that defines __enter__ and uses the default __exit__ through super
class Both(AbstractContextManager):
    def __enter__(self):
        return "entered"
    def __exit__(self, t, v, tb):
        return t is KeyError

with Both() as b:
    print(b)
with Both():
    raise KeyError("x")
print("suppressed by Both")
