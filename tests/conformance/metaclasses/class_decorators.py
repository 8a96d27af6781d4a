# Class decorators.

def register(cls):
    registry.append(cls.__name__)
    return cls


registry = []


@register
class A:
    pass


@register
class B(A):
    pass


print(registry, A.__name__)

# Decorators with arguments.
def with_attrs(**attrs):
    def deco(cls):
        for k, v in attrs.items():
            setattr(cls, k, v)
        return cls
    return deco


@with_attrs(color="red", size=3)
class C:
    pass


print(C.color, C.size)

# Stacking order: bottom decorator first.
def tag(label):
    def deco(cls):
        cls.tags = getattr(cls, "tags", ()) + (label,)
        print("applying", label)
        return cls
    return deco


@tag("outer")
@tag("inner")
class D:
    pass


print(D.tags)

# A decorator can replace the class entirely.
def to_instance(cls):
    return cls()


@to_instance
class singleton:
    value = 42

    def __repr__(self):
        return "<singleton>"


print(singleton, singleton.value, type(singleton).__name__)

# Adding methods: an auto-__repr__ and __eq__ from annotations.
def auto(cls):
    fields = list(cls.__annotations__)

    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __eq__(self, other):
        return type(other) is cls and all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    return cls


@auto
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), Point.__hash__ is object.__hash__)

# Decorator expressions (3.9 relaxed grammar).
decorators = {"reg": register}


@decorators["reg"]
class E:
    pass


@(lambda cls: cls)
class F:
    pass


print(registry, F.__name__)

# The decorator sees the finished class (after __init_subclass__ and __set_name__).
class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)


def show(cls):
    print("decorator", cls.__name__)
    return cls


@show
class G(Base):
    pass

# Decorator exceptions prevent binding.
def fail(cls):
    raise ValueError(f"rejected {cls.__name__}")

try:
    @fail
    class H:
        pass
except ValueError as e:
    print(type(e).__name__, e, "H" in globals())
