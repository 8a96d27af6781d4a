# Python 3.13: __static_attributes__ and __firstlineno__ of classes.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self._cache = None

    def move(self, dx):
        self.x += dx
        self.moved = True
        other = Point(0, 0)
        other.not_recorded = 1

    def read_only(self):
        return self.z


print(sorted(Point.__static_attributes__), type(Point.__static_attributes__).__name__)
print(Point.__firstlineno__)


class Empty:
    pass


print(Empty.__static_attributes__, Empty.__firstlineno__)


class Nested:
    class Inner:
        def m(self):
            self.inner_attr = 1

    def m(self):
        self.outer_attr = 1


print(Nested.__static_attributes__, Nested.Inner.__static_attributes__, Nested.Inner.__firstlineno__)


# Only stores through a name spelled `self` count, in any function nested in the class body.
class Renamed:
    def m(this):
        this.a = 1

    def n(self):
        self.b = 1

        def helper():
            self.c = 2

        helper()

    def o(x, self):
        self.d = 1

    @classmethod
    def p(self):
        self.e = 1

    @staticmethod
    def s(x):
        x.static_level = 1


print(Renamed.__static_attributes__)

# Subclasses record only their own.
class Child(Point):
    def extra(self):
        self.child_only = 1


print(Child.__static_attributes__)

# Classes made by type() have neither attribute.
T = type("T", (), {})
print(hasattr(T, "__static_attributes__"), hasattr(T, "__firstlineno__"))
print("__static_attributes__" in Point.__dict__, "__firstlineno__" in Point.__dict__)
