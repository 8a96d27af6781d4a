# dir() on classes and instances, filtered to names defined here.

class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst_attr = 3

    def child_method(self):
        pass

    @property
    def prop(self):
        return 4


def mine(names):
    return [n for n in names if not n.startswith("__")]


print(mine(dir(Base)))
print(mine(dir(Child)))
c = Child()
print(mine(dir(c)))
print(dir(c) == sorted(dir(c)))
print("__init__" in dir(c), "__class__" in dir(c), "__dict__" in dir(c))
print("mro" in dir(Child), "mro" in dir(type))

# __dir__ override on an instance's class.
class Custom:
    def __dir__(self):
        return ["zz", "aa", "mm"]

print(dir(Custom()))

class TupleDir:
    def __dir__(self):
        return ("b", "a")

print(dir(TupleDir()))

class BadDir:
    def __dir__(self):
        return 5

try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

# dir() without arguments lists the local scope.
def f():
    x = 1
    y = 2
    return dir()

print(f())

# dir of an instance with slots.
class S:
    __slots__ = ("p", "q")

print(mine(dir(S())))

# dir includes instance dict keys that shadow nothing.
c.dynamic = 1
print("dynamic" in dir(c), "dynamic" in dir(Child))

try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
