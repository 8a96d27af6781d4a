# ABCMeta.register: virtual subclasses.

import abc
from abc import ABC, abstractmethod


class Sized(ABC):
    @abstractmethod
    def size(self):
        ...


class Thing:
    def size(self):
        return 1


class Other:
    pass


print(issubclass(Thing, Sized), isinstance(Thing(), Sized))
token0 = abc.get_cache_token()
result = Sized.register(Thing)
print(result is Thing, issubclass(Thing, Sized), isinstance(Thing(), Sized))
print(abc.get_cache_token() != token0, type(token0).__name__)
print(Sized not in Thing.__mro__, [k.__name__ for k in Thing.__mro__])

# Subclasses of a registered class are virtual subclasses too.
class SubThing(Thing):
    pass

print(issubclass(SubThing, Sized), isinstance(SubThing(), Sized))

# Registering built-in types.
Sized.register(list)
print(issubclass(list, Sized), isinstance([], Sized), isinstance((), Sized))

# register as a class decorator.
@Sized.register
class Decorated:
    pass

print(Decorated.__name__, issubclass(Decorated, Sized))

# Registration does not add abstract-method checks or methods.
d = Decorated()
print(hasattr(d, "size"))

# Registering with an ABC registers with its ABC subclasses? No: only upwards.
class SubABC(Sized):
    pass

print(issubclass(Thing, SubABC), issubclass(SubABC, Sized))
SubABC.register(Other)
print(issubclass(Other, SubABC), issubclass(Other, Sized))

# Errors.
try:
    Sized.register(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Sized.register(Thing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    SubABC.register(Sized)
except RuntimeError as e:
    print(type(e).__name__, e)

# Registering a class that is already a subclass is a no-op that returns it.
token = abc.get_cache_token()
print(Sized.register(SubABC) is SubABC, abc.get_cache_token() == token)

# Registering twice is fine.
print(Sized.register(Thing) is Thing)

# Tuples in isinstance/issubclass.
print(isinstance(Thing(), (int, Sized)), issubclass(Other, (str, Sized)))

# issubclass argument checks through ABCMeta.
try:
    issubclass(5, Sized)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(5, Sized))

# Unrelated ABCs are independent.
class Other2(ABC):
    pass

print(issubclass(Thing, Other2), isinstance([], Other2))
