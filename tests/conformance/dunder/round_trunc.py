# __round__ and __abs__ (the math-module hooks are in math_dunders.py).


class Num:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        return ("round", self.v, ndigits)

    def __abs__(self):
        return ("abs", self.v)


n = Num(2.5)
print(round(n), round(n, 1), round(n, None), round(n, ndigits=3))
print(abs(n), n.__round__(), Num.__abs__(n))

class NoRound:
    pass

for f in (lambda: round(NoRound()), lambda: abs(NoRound())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# round of builtins.
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2), round(7), type(round(2.0)).__name__)
print(round(2.675, 2), round(5, 0), type(round(5.0, 0)).__name__)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)

# round with __round__ taking only one argument.
class OneArg:
    def __round__(self):
        return "one-arg round"

print(round(OneArg()))
try:
    round(OneArg(), 2)
except TypeError as e:
    print(type(e).__name__, e)

# int subclass rounding.
class MyInt(int):
    pass

print(round(MyInt(15), -1), type(round(MyInt(15), -1)).__name__, type(abs(MyInt(-3))).__name__)
