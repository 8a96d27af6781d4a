# __pow__ with a modulus, __divmod__ and reflected forms with builtins.

class M:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"M({self.v})"

    def __pow__(self, exp, mod=None):
        return ("pow", self.v, exp, mod)

    def __rpow__(self, base, mod=None):
        return ("rpow", base, self.v, mod)

    def __divmod__(self, o):
        return ("divmod", self.v, o)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)

    def __ipow__(self, o):
        return ("ipow", self.v, o)


m = M(3)
print(m ** 2, pow(m, 2), pow(m, 2, 7), pow(m, exp=2, mod=5), 2 ** m, pow(2, m))
print(divmod(m, 4), divmod(4, m), m.__pow__(1, 2))
x = M(2)
x **= 5
print(x)

# Builtins.
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 0.5) == complex(-2) ** 0.5)
print(divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
for f in (lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: divmod(1, 0), lambda: pow(0, -1)):
    try:
        f()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# __pow__ without a mod parameter and three-argument pow.
class TwoArg:
    def __pow__(self, exp):
        return "two-arg pow"

print(TwoArg() ** 2)
try:
    pow(TwoArg(), 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# __divmod__ returning NotImplemented and no reflected method.
class DM:
    def __divmod__(self, o):
        return NotImplemented

try:
    divmod(DM(), 1)
except TypeError as e:
    print(type(e).__name__, e)
