# __class_getitem__.

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2], Box[:], Box[...])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class SubBox(Box):
    pass

print(SubBox[str])

# Instances are not subscriptable by __class_getitem__.
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

# Metaclass __getitem__ takes priority over __class_getitem__.
class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__"

class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "__class_getitem__"

print(Both[0])

# An explicit classmethod works the same.
class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

print(Explicit[int])

# Built-in generics.
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]("ab"), list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)

# A generic-like class returning a specialized subclass.
class Typed:
    item_type = object

    def __class_getitem__(cls, item):
        return type(f"{cls.__name__}[{item.__name__}]", (cls,), {"item_type": item})

    def __init__(self, *items):
        for it in items:
            if not isinstance(it, self.item_type):
                raise TypeError(f"expected {self.item_type.__name__}, got {type(it).__name__}")
        self.items = items

IntTyped = Typed[int]
print(IntTyped.__name__, IntTyped(1, 2).items, issubclass(IntTyped, Typed))
try:
    IntTyped(1, "x")
except TypeError as e:
    print(type(e).__name__, e)

# __class_getitem__ that is not callable.
class NotCallable:
    __class_getitem__ = 5

try:
    NotCallable[0]
except TypeError as e:
    print(type(e).__name__, e)
