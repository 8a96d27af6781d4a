# A right operand whose type is a subclass of the left operand's type and overrides the
# reflected method gets the first chance.

class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return f"Base.__add__({self.v}, {o.v})"

    def __radd__(self, o):
        return f"Base.__radd__({self.v}, {o.v})"

    def __mul__(self, o):
        return "Base.__mul__"

    def __rmul__(self, o):
        return "Base.__rmul__"

    def __lt__(self, o):
        return "Base.__lt__"

    def __gt__(self, o):
        return "Base.__gt__"

    def __eq__(self, o):
        return "Base.__eq__"


class Sub(Base):
    def __radd__(self, o):
        return f"Sub.__radd__({self.v}, {o.v})"

    def __gt__(self, o):
        return "Sub.__gt__"

    def __eq__(self, o):
        return "Sub.__eq__"


class SubNoOverride(Base):
    pass


b, s, n = Base(1), Sub(2), SubNoOverride(3)
print(b + s)      # Sub.__radd__ first
print(s + b)      # normal order
print(b + n)      # no override: Base.__add__
print(b * s)      # Sub inherits __rmul__ without overriding: Base.__mul__
print(b < s)      # reflected comparison of the subclass first: Sub.__gt__
print(s > b)
print(b == s, s == b)
print(b < n)

# When the subclass's reflected method returns NotImplemented, the left one is tried.
class Declines(Base):
    def __radd__(self, o):
        return NotImplemented

print(b + Declines(4))

# int and a subclass of int.
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__"

    def __rsub__(self, o):
        return NotImplemented

print(1 + MyInt(2), MyInt(2) + 1, 5 - MyInt(1), type(5 - MyInt(1)).__name__)

# float and an int subclass: no subclass relation, normal order.
print(1.5 + MyInt(2))

# Comparison with a subclass of a builtin.
class LoudStr(str):
    def __eq__(self, other):
        return "LoudStr.__eq__"

    __hash__ = str.__hash__

print("x" == LoudStr("x"), LoudStr("x") == "x", "x" != LoudStr("y"))
