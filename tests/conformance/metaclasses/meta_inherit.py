# Metaclasses are inherited; metaclass hierarchies and super() in metaclass methods.

class Counting(type):
    created = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        Counting.created.append(name)
        return cls


class Base(metaclass=Counting):
    pass


class Child(Base):
    pass


class GrandChild(Child):
    pass


print(Counting.created, type(GrandChild).__name__)

# A metaclass hierarchy with cooperative __new__.
class MetaA(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("trail", [])
        ns["trail"] = ns["trail"] + ["MetaA"]
        return super().__new__(mcls, name, bases, ns)

class MetaB(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("trail", [])
        ns["trail"] = ns["trail"] + ["MetaB"]
        return super().__new__(mcls, name, bases, ns)

class MetaAB(MetaA, MetaB):
    def __new__(mcls, name, bases, ns):
        ns["trail"] = ["MetaAB"]
        return super().__new__(mcls, name, bases, ns)

class Z(metaclass=MetaAB):
    pass

print(Z.trail, [m.__name__ for m in MetaAB.__mro__])

# The metaclass of a metaclass is type.
print(type(Counting).__name__, type(MetaAB).__name__, isinstance(Counting, type))

# A class is an instance of its metaclass and of all the metaclass's bases.
print(isinstance(Z, MetaA), isinstance(Z, MetaB), isinstance(Z, type), isinstance(Z, object))
print(issubclass(MetaAB, type), type(Z) is MetaAB, Z.__class__ is MetaAB)

# Metaclass methods called on subclasses receive the subclass.
class Describe(type):
    def describe(cls):
        return f"{cls.__name__} with bases {[b.__name__ for b in cls.__bases__]}"

class P(metaclass=Describe):
    pass

class Q(P):
    pass

print(P.describe(), Q.describe())

# A class's metaclass can be changed by __class__ assignment between compatible metaclasses.
class M1(type):
    def who(cls):
        return "M1"

class M2(type):
    def who(cls):
        return "M2"

class K(metaclass=M1):
    pass

print(K.who())
K.__class__ = M2
print(K.who(), type(K).__name__)

# Metaclass __new__ inherited by a metaclass subclass.
class Sub(Counting):
    pass

class UsesSub(metaclass=Sub):
    pass

print(Counting.created[-1], type(UsesSub).__name__)
