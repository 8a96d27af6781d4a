# Data descriptors: __set__ and __delete__.

class Logged:
    def __init__(self, name):
        self.name = name
        self.log = []

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.log.append(("get", self.name))
        return obj.__dict__.get("_" + self.name, "unset")

    def __set__(self, obj, value):
        self.log.append(("set", self.name, value))
        obj.__dict__["_" + self.name] = value

    def __delete__(self, obj):
        self.log.append(("del", self.name))
        obj.__dict__.pop("_" + self.name, None)


class C:
    x = Logged("x")


c = C()
print(c.x)
c.x = 5
print(c.x, c.__dict__)
del c.x
print(c.x, c.__dict__)
print(C.x.log)

# setattr/delattr/getattr go through the descriptor too.
setattr(c, "x", 9)
print(getattr(c, "x"))
delattr(c, "x")
print(C.x.log[-3:])

# A descriptor with __set__ but no __delete__.
class SetOnly:
    def __get__(self, obj, objtype=None):
        return "got"

    def __set__(self, obj, value):
        print("set", value)

class D:
    s = SetOnly()

d = D()
d.s = 1
try:
    del d.s
except AttributeError as e:
    print(type(e).__name__, e)

# A descriptor with __delete__ but no __set__ is still a data descriptor.
class DelOnly:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

    def __delete__(self, obj):
        print("deleting")

class E:
    d = DelOnly()

e = E()
try:
    e.d = 5
except AttributeError as ex:
    print(type(ex).__name__, ex)
del e.d
e.__dict__["d"] = "instance value"
print(e.d)

# Assigning on the class replaces the descriptor (no __set__ call).
C.x = "plain"
print(c.x, C.x)

# __set__ returning a value is ignored.
class Ret:
    def __get__(self, obj, t=None):
        return 1

    def __set__(self, obj, v):
        return "ignored"

class F:
    r = Ret()

f = F()
f.r = 3
print(f.r)

# Read-only descriptor pattern.
class ReadOnly:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, t=None):
        return self.value

    def __set__(self, obj, v):
        raise AttributeError("read-only attribute")

class G:
    const = ReadOnly(3.14)

g = G()
try:
    g.const = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(g.const)
