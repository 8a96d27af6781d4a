# The class statement, instances and simple methods.

class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print(p)
print(p.x, p.y, p.dims, Point.dims)
print(p.norm2())
print(p.moved(1), p.moved(dy=-4), p.moved(1, 1))
print(type(p) is Point, type(p).__name__)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
print(Point.norm2(p))
print(callable(Point), callable(p))

# A class with an empty body.
class Empty:
    pass

e = Empty()
print(type(e).__name__, Empty.__name__)
e.anything = 5
print(e.anything)

# Class body is executed once, top to bottom.
class Counter:
    print("executing class body")
    total = 0
    for i in range(4):
        total += i
    del i

print(Counter.total, hasattr(Counter, "i"))

# Class statement returns a new object every time it is executed.
def make():
    class K:
        pass
    return K

A, B = make(), make()
print(A is B, A.__name__ == B.__name__)

# Instances have independent attributes.
p1 = Point(1, 2)
p2 = Point(1, 2)
p1.x = 100
print(p1, p2, p1 is p2)

# Methods can be added to the class later and are seen by existing instances.
def diff(self):
    return self.x - self.y

Point.diff = diff
print(p1.diff(), p2.diff())

# Class attributes that are plain values.
Point.dims = 3
print(p1.dims, Point(0, 0).dims)

# Keyword arguments and defaults in __init__.
class Config:
    def __init__(self, name, *, debug=False, level=1, **extra):
        self.name = name
        self.debug = debug
        self.level = level
        self.extra = extra

c = Config("x", level=5, colour="red")
print(c.name, c.debug, c.level, c.extra)
try:
    Config()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Config("a", "b")
except TypeError as ex:
    print(type(ex).__name__, ex)
