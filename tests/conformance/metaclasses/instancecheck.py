# __instancecheck__ and __subclasscheck__ on metaclasses.

class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return all(any(m in vars(k) for k in sub.__mro__) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))

# Exact type match short-circuits __instancecheck__.
q = Quacker.__new__(Quacker)
print(isinstance(q, Quacker))

# Results are converted to bool.
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"

    def __subclasscheck__(cls, sub):
        return []

class T(metaclass=Truthy):
    pass

print(isinstance(1, T), issubclass(int, T))

# Exceptions propagate.
class Raises(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no instance checks")

class R(metaclass=Raises):
    pass

try:
    isinstance(1, R)
except ValueError as e:
    print(type(e).__name__, e)

# __instancecheck__ on the class itself (not the metaclass) is not used.
class Ignored:
    def __instancecheck__(self, obj):
        return True

    @classmethod
    def __subclasscheck__(cls, sub):
        return True

print(isinstance(1, Ignored), issubclass(int, Ignored))

# except clauses do not consult __subclasscheck__.
class AnyError(type):
    def __subclasscheck__(cls, sub):
        print("except matching", sub.__name__)
        return issubclass(sub, (KeyError, IndexError))

class LookupLike(Exception, metaclass=AnyError):
    pass

try:
    try:
        [][1]
    except LookupLike:
        print("caught IndexError via LookupLike")
except IndexError:
    print("except LookupLike did not match IndexError")
print(issubclass(IndexError, LookupLike))

# __subclasscheck__ with non-class argument.
class Lenient(type):
    def __subclasscheck__(cls, sub):
        return isinstance(sub, int)

class L(metaclass=Lenient):
    pass

print(issubclass(5, L), issubclass("x", L))

# Tuple argument dispatches to each element's metaclass.
print(issubclass(Duck, (Robot, Quacker)))
