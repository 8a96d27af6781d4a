# The math module's hooks: __trunc__, __floor__, __ceil__, and __float__/__index__ fallbacks.

import math


class Num:
    def __init__(self, v):
        self.v = v

    def __trunc__(self):
        return ("trunc", self.v)

    def __floor__(self):
        return ("floor", self.v)

    def __ceil__(self):
        return ("ceil", self.v)


n = Num(2.5)
print(math.trunc(n), math.floor(n), math.ceil(n))


class Nothing:
    pass


for f in (math.trunc, math.floor, math.ceil, math.sqrt):
    try:
        f(Nothing())
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)


# Objects with only __float__ go through float.
class F:
    def __float__(self):
        return 2.7

print(math.floor(F()), math.ceil(F()), math.sqrt(F()) == math.sqrt(2.7), math.isfinite(F()))


# __index__ objects are accepted where integers are required.
class I:
    def __index__(self):
        return 5

print(math.factorial(I()), math.gcd(I(), 15), math.comb(I(), 2), math.isqrt(I()))
try:
    math.trunc(F())
except TypeError as e:
    print(type(e).__name__, e)

# int subclasses and float subclasses.
class MyFloat(float):
    def __floor__(self):
        return "custom floor"

print(math.floor(MyFloat(3.5)), math.ceil(MyFloat(3.5)), type(math.trunc(MyFloat(3.5))).__name__)
