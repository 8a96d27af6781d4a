# Reflected operators: __radd__ and friends.

class R:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"R({self.x})"

    def __radd__(self, o):
        return ("radd", o, self.x)

    def __rsub__(self, o):
        return ("rsub", o, self.x)

    def __rmul__(self, o):
        return ("rmul", o, self.x)

    def __rtruediv__(self, o):
        return ("rtruediv", o, self.x)

    def __rfloordiv__(self, o):
        return ("rfloordiv", o, self.x)

    def __rmod__(self, o):
        return ("rmod", o, self.x)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.x)

    def __rpow__(self, o, mod=None):
        return ("rpow", o, self.x, mod)

    def __rmatmul__(self, o):
        return ("rmatmul", o, self.x)

    def __rlshift__(self, o):
        return ("rlshift", o, self.x)

    def __rrshift__(self, o):
        return ("rrshift", o, self.x)

    def __rand__(self, o):
        return ("rand", o, self.x)

    def __ror__(self, o):
        return ("ror", o, self.x)

    def __rxor__(self, o):
        return ("rxor", o, self.x)


r = R(5)
print(1 + r, 1 - r, 2 * r, 3 / r, 3 // r, 3 % r, divmod(3, r))
print(2 ** r, pow(2, r), 1 @ r, [1] @ r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r)
print("s" + r, [1] * r, 1.5 + r, (None,) + r)

# Reflected methods are only used when the left operand does not handle the operation.
class L:
    def __add__(self, o):
        return "L.__add__"

print(L() + r)

class LNot:
    def __add__(self, o):
        return NotImplemented

    def __repr__(self):
        return "LNot()"

print(LNot() + r)

# Same types: reflected method is not tried.
class Both:
    def __radd__(self, o):
        return "Both.__radd__"

try:
    Both() + Both()
except TypeError as e:
    print(type(e).__name__, e)

# sum() uses __radd__ for the initial 0.
class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))

    __radd__ = __add__

    def __repr__(self):
        return f"Money({self.c})"

print(sum([Money(1), Money(2), Money(3)]), 10 + Money(5), Money(5) + 10)

# Three-argument pow does not try __rpow__.
try:
    pow(2, r, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(r.__rpow__(2, 5))

# Reflected call receives the left operand.
class Show:
    def __rsub__(self, o):
        return f"{o!r} - Show"

print(10 - Show(), "a" - Show(), [1] - Show())
