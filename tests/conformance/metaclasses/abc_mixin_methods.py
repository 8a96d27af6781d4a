# An ABC providing mixin methods built on top of abstract ones (like a collections ABC).

from abc import ABC, abstractmethod


class SequenceLike(ABC):
    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    @abstractmethod
    def __len__(self):
        return 0

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value):
        for i, v in enumerate(self):
            if v is value or v == value:
                return i
        raise ValueError(f"{value!r} is not in sequence")

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class Range3(SequenceLike):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, index):
        if not 0 <= index < self.n:
            raise IndexError("Range3 index out of range")
        return index * 3

    def __len__(self):
        return self.n


r = Range3(4)
print(list(r), 6 in r, 7 in r, list(reversed(r)), r.index(9), r.count(3), len(r))
try:
    r.index(5)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(SequenceLike.__abstractmethods__), Range3.__abstractmethods__)
try:
    SequenceLike()
except TypeError as e:
    print(type(e).__name__, e)

# Registering a built-in gives isinstance, not the mixin methods.
SequenceLike.register(tuple)
print(isinstance((1, 2), SequenceLike), hasattr((), "index"), issubclass(tuple, SequenceLike))


# A mapping-like ABC with a __subclasshook__ and mixins.
class MappingLike(ABC):
    @abstractmethod
    def __getitem__(self, key):
        raise KeyError(key)

    @abstractmethod
    def keys(self):
        ...

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def items(self):
        return [(k, self[k]) for k in self.keys()]

    @classmethod
    def __subclasshook__(cls, C):
        if cls is MappingLike:
            if all(any(name in vars(B) for B in C.__mro__) for name in ("__getitem__", "keys")):
                return True
        return NotImplemented


class Env(MappingLike):
    def __init__(self, **values):
        self._values = values

    def __getitem__(self, key):
        return self._values[key]

    def keys(self):
        return list(self._values)


e = Env(HOME="/home", SHELL="sh")
print(e.get("HOME"), e.get("PATH", "-"), e.items())
print(issubclass(dict, MappingLike), isinstance({}, MappingLike), issubclass(list, MappingLike))
