# Attributes and methods defined on a metaclass.

class Meta(type):
    meta_attr = "from meta"

    def meta_method(cls):
        return f"meta_method on {cls.__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def __len__(cls):
        return len(cls.__name__)

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"

    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if not k.startswith("_")))

    def __add__(cls, other):
        return f"{cls.__name__}+{other.__name__}"

    def __contains__(cls, item):
        return item == "magic"

    def __bool__(cls):
        return False


class A(metaclass=Meta):
    x = 1
    y = 2


print(A.meta_attr, A.meta_method(), A.upper_name)
print(repr(A), str(A), [A], f"{A}")
print(len(A), A["k"], list(A), A + A, "magic" in A, bool(A), not A)

# Metaclass attributes are not visible on instances.
a = A()
for name in ("meta_attr", "meta_method", "upper_name"):
    print(name, hasattr(a, name), hasattr(A, name))

# Class attributes shadow metaclass attributes for class-level lookup (non-data).
class B(metaclass=Meta):
    meta_attr = "from class"

print(B.meta_attr, type(B).meta_attr)

# A data descriptor on the metaclass wins over the class dict.
class C(metaclass=Meta):
    upper_name = "class attr"

print(C.upper_name, C.__dict__["upper_name"])

# Metaclass methods are inherited by subclasses' classes.
class D(A):
    z = 3

print(D.meta_method(), list(D), repr(D), type(D).__name__)

# dir() of a class does not include metaclass attributes.
print("meta_method" in dir(A), "meta_method" in dir(Meta))

# __setattr__ on a metaclass intercepts class attribute assignment.
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"class {cls.__name__} is frozen")

class Const(metaclass=Frozen):
    PI = 3.14

try:
    Const.PI = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(Const.PI)
inst = Const()
inst.PI = 1     # instances are not affected
print(inst.PI)

# __getattr__ on the metaclass: class-level fallback.
class Fallback(type):
    def __getattr__(cls, name):
        return f"{cls.__name__} has no {name}, using default"

class Defaults(metaclass=Fallback):
    real = 1

print(Defaults.real, Defaults.imaginary)
try:
    Defaults().imaginary
except AttributeError as e:
    print(type(e).__name__, e)

# __call__-free metaclass: calling the class still works via type.__call__.
print(type(A()).__name__, type(Meta).__name__, Meta.__mro__[1].__name__)
