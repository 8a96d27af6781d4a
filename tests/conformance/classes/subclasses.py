# type.__subclasses__().

class Base:
    pass

class A(Base):
    pass

class B(Base):
    pass

class AA(A):
    pass

class AB(A, B):
    pass


def names(seq):
    return [k.__name__ for k in seq]


print(names(Base.__subclasses__()))
print(names(A.__subclasses__()))
print(names(B.__subclasses__()))
print(names(AA.__subclasses__()))
print(type(Base.__subclasses__()).__name__)

class Late(Base):
    pass

print(names(Base.__subclasses__()))

# Walking the whole tree.
def walk(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        walk(sub, depth + 1)

walk(Base)

# Built-in types have subclasses too.
class MyInt(int):
    pass

print(MyInt in int.__subclasses__(), bool in int.__subclasses__())

# A registry built from __subclasses__.
class Plugin:
    pass

class P1(Plugin):
    name = "first"

class P2(Plugin):
    name = "second"

print([p.name for p in Plugin.__subclasses__()])

try:
    Base.__subclasses__(1)
except TypeError as e:
    print(type(e).__name__, e)
