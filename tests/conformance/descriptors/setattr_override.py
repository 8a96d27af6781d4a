# __setattr__ overrides and calling object.__setattr__ / super().__setattr__.

class Validated:
    def __setattr__(self, name, value):
        if name.startswith("n_") and not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        print("setattr", name, value)
        super().__setattr__(name, value)


v = Validated()
v.n_count = 3
v.label = "x"
try:
    v.n_count = "three"
except TypeError as e:
    print(type(e).__name__, e)
print(v.__dict__)

# __setattr__ is used by setattr() and by assignments in __init__.
class Frozen:
    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

f = Frozen(1, 2)
print(f.a, f.b)
for action in (lambda: setattr(f, "a", 5), lambda: delattr(f, "b")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    f.c = 3
except AttributeError as e:
    print(type(e).__name__, e)

# __setattr__ with data descriptors: object.__setattr__ still honours the descriptor.
class WithProp:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("property setter", value)
        object.__setattr__(self, "_v", value)

    def __setattr__(self, name, value):
        print("__setattr__", name)
        object.__setattr__(self, name, value)

w = WithProp()
w.v = 10
print(w.v)

# Counting assignments.
class Counted:
    def __init__(self):
        self.__dict__["count"] = 0

    def __setattr__(self, name, value):
        self.__dict__["count"] += 1
        self.__dict__[name] = value

c = Counted()
c.x = 1
c.y = 2
c.x = 3
print(c.count, c.x, c.y)

# object.__setattr__ argument errors.
try:
    object.__setattr__(c, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 2)
except TypeError as e:
    print(type(e).__name__, e)

# Inherited __setattr__.
class Base:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)

class Derived(Base):
    def __init__(self):
        self.v = 21

print(Derived().v)
