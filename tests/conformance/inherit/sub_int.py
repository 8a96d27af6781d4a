# Subclassing int.

class MyInt(int):
    def double(self):
        return MyInt(self * 2)

    def __repr__(self):
        return f"MyInt({int(self)})"


a = MyInt(5)
print(a, repr(a), str(a), int(a), type(a).__name__)
print(a + 1, type(a + 1).__name__, type(1 + a).__name__, type(a * a).__name__)
print(type(-a).__name__, type(abs(a)).__name__, type(a // 2).__name__, type(a / 2).__name__)
print(a.double(), type(a.double()).__name__)
print(a == 5, a < 6, hash(a) == hash(5), {a: "x"}[5])
print(isinstance(a, int), bool(MyInt(0)), MyInt("42"), MyInt("ff", 16), MyInt(3.9))
print(f"{a}", f"{a:>4}", "%d" % a, format(a, "b"))
print([10, 20, 30, 40, 50, 60][a], range(a)[-1], "ab" * MyInt(2))

# Overridden operators are used.
class Weird(int):
    def __add__(self, other):
        return "weird add"

    def __radd__(self, other):
        return "weird radd"

    def __eq__(self, other):
        return True

    __hash__ = int.__hash__

w = Weird(1)
print(w + 1, 1 + w, w + w, w == 99, sum([w]))

# A subclass's reflected method has priority over the base's normal method.
class Priority(int):
    def __radd__(self, other):
        return "Priority.__radd__"

    def __rsub__(self, other):
        return "Priority.__rsub__"

print(1 + Priority(2), 5 - Priority(1))

# int subclass with extra state set in __new__.
class Unit(int):
    def __new__(cls, value, unit):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __str__(self):
        return f"{int(self)}{self.unit}"

u = Unit(3, "kg")
print(u, u.unit, u + 1, type(u + 1).__name__, repr(u))
try:
    Unit(3)
except TypeError as e:
    print(type(e).__name__, e)

# bool cannot be subclassed, but int subclasses can mimic flags.
class Flag(int):
    def __repr__(self):
        return "Flag.ON" if self else "Flag.OFF"

print([Flag(0), Flag(1)], Flag(1) & Flag(1), type(Flag(1) | 0).__name__)

# Big values.
big = MyInt(10 ** 30)
print(big, type(big + 1).__name__, big.bit_length())

# int() of a subclass returns a plain int.
print(type(int(a)).__name__, type(a.__int__()).__name__, type(a.real).__name__)
print(type(a.__index__()).__name__, type(+a).__name__)
