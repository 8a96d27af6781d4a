# A hand-written cached property: a non-data descriptor that stores into the instance dict.

class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Data:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached
    def total(self):
        "Sum of the values."
        self.computations += 1
        return sum(self.values)

    @cached
    def doubled(self):
        self.computations += 1
        return [v * 2 for v in self.values]


d = Data([1, 2, 3])
print(d.total, d.total, d.computations)
print(d.doubled, d.doubled is d.doubled, d.computations)
print(sorted(d.__dict__))
print(Data.total.__doc__, type(Data.total).__name__, Data.total.name)

# Invalidation by deleting the cached value.
del d.total
d.values.append(4)
print(d.total, d.computations)

# Assignment overrides the cached value (non-data descriptor).
d.total = 100
print(d.total)

# Each instance caches separately.
e = Data([10])
print(e.total, d.total)

# Cached property with __slots__ has nowhere to store.
class Slotted:
    __slots__ = ("x",)

    @cached
    def y(self):
        return 1

try:
    Slotted().y
except AttributeError as ex:
    print(type(ex).__name__, ex)

# Lazy attribute via __getattr__ instead.
class Lazy:
    def __getattr__(self, name):
        if name == "expensive":
            print("computing")
            self.expensive = 42
            return 42
        raise AttributeError(name)

lz = Lazy()
print(lz.expensive, lz.expensive)

# A data-descriptor cache keyed per instance in the descriptor itself.
class Memo:
    def __init__(self, func):
        self.func = func
        self.store = {}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        key = obj.key
        if key not in self.store:
            print("compute for", key)
            self.store[key] = self.func(obj)
        return self.store[key]

    def __set__(self, obj, value):
        raise AttributeError("memoized value is read-only")

class Item:
    def __init__(self, key):
        self.key = key

    @Memo
    def label(self):
        return f"item-{self.key}"

a, b, a2 = Item(1), Item(2), Item(1)
print(a.label, b.label, a2.label)
try:
    a.label = "x"
except AttributeError as ex:
    print(type(ex).__name__, ex)
