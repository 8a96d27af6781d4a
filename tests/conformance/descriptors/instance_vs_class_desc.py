# Descriptors accessed via the class, via an instance, and via a metaclass.

class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)

    def __set__(self, obj, value):
        print("set on", type(obj).__name__, value)


class C:
    d = Desc()


print(C.d)
print(C().d)
C().d = 1

# Setting via the class replaces the descriptor without calling __set__.
class K:
    d = Desc()

K.d = "replaced"
print(K.d, K().d)

# Descriptors defined on a metaclass apply to the class object.
class Meta(type):
    md = Desc()

class WithMeta(metaclass=Meta):
    pass

print(WithMeta.md)
WithMeta.md = 5
try:
    WithMeta().md
except AttributeError as e:
    print(type(e).__name__, e)

# Properties on a metaclass act as class-level properties.
class CountMeta(type):
    @property
    def instances(cls):
        return cls._count

class Counted(metaclass=CountMeta):
    _count = 0

    def __init__(self):
        type(self)._count += 1

Counted(); Counted()
print(Counted.instances)
try:
    Counted.instances = 10
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Counted(), "instances"))

# A class attribute lookup finds the class dict before a metaclass non-data descriptor.
class NonDataMeta(type):
    @staticmethod
    def helper():
        return "meta helper"

class Z(metaclass=NonDataMeta):
    def helper(self):
        return "class helper"

print(Z.helper(Z()), NonDataMeta.helper())

# classmethod accessed via an instance and via the class.
class CM:
    @classmethod
    def which(cls):
        return cls.__name__

class CM2(CM):
    pass

print(CM.which(), CM2.which(), CM2().which(), CM.__dict__["which"].__get__(None, CM2)())
