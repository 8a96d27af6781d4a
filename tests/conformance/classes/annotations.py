# __annotations__ on classes and functions.

class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
    count = 5


print(Point.__annotations__)
print(Point.y, Point.label, hasattr(Point, "x"))
print("__annotations__" in Point.__dict__)

class Sub(Point):
    z: float


print(Sub.__annotations__)
print(Point.__annotations__ is not Sub.__annotations__)

class NoAnn:
    a = 1

print(NoAnn.__annotations__)

# Functions.
def f(a: int, b: "text" = "x", *args: str, c: list = None, **kw: dict) -> bool:
    return True

print(f.__annotations__)

def g(a, b):
    pass

print(g.__annotations__)
g.__annotations__ = {"a": 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# Methods.
class M:
    def m(self, v: int) -> None:
        pass

print(M.m.__annotations__, M().m.__annotations__)

# Lambdas cannot have annotations; their dict is empty.
print((lambda x: x).__annotations__)

# Annotations are evaluated at definition time.
order = []

def note(v):
    order.append(v)
    return v

class Ev:
    a: note("first") = note("value")
    b: note("second")

print(order, Ev.__annotations__)

# Annotated assignment of an attribute target does not record anything.
class T:
    pass

class Holder:
    T.attr: int = 3
    x: int

print(T.attr, Holder.__annotations__)

# Module-level annotations.
mod_var: int = 1
print(__annotations__)
