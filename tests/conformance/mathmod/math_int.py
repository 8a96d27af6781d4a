import math

print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(3, 4, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40))
print(math.factorial(0), math.factorial(10), len(str(math.factorial(300))))
print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([], []))
for f, a in [(math.factorial, (-1,)), (math.isqrt, (-4,)), (math.comb, (-1, 2)), (math.comb, (3, -1)),
             (math.sumprod, ([1], [1, 2]))]:
    try:
        f(*a)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
for f, a in [(math.factorial, (2.0,)), (math.gcd, (1.5, 2)), (math.isqrt, ("3",))]:
    try:
        f(*a)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)

class Idx:
    def __index__(self):
        return 12

class Flt:
    def __float__(self):
        return 2.25

print(math.gcd(Idx(), 8), math.sqrt(Flt()), math.floor(Flt()) if hasattr(Flt, "__floor__") else "nofloor")

class F:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"

print(math.floor(F()), math.ceil(F()), math.trunc(F()))
try:
    math.trunc(object())
except TypeError as e:
    print(type(e).__name__, e)
