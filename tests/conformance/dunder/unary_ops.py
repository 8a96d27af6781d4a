# Unary operators and abs().

class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return N(+self.v if self.v >= 0 else self.v * 1)

    def __invert__(self):
        return N(~self.v)

    def __abs__(self):
        return N(abs(self.v))

    def __repr__(self):
        return f"N({self.v})"


n = N(5)
print(-n, +n, ~n, abs(N(-3)), --n, -(-n), ~~n, abs(-n))
print(n.__neg__(), N.__invert__(n))

# Return values need not be the same type.
class Odd:
    def __neg__(self):
        return "negated"

    def __pos__(self):
        return None

    def __invert__(self):
        return 42

    def __abs__(self):
        return [1]

o = Odd()
print(-o, +o, ~o, abs(o))

# Missing unary methods.
class Empty:
    pass

for f in (lambda: -Empty(), lambda: +Empty(), lambda: ~Empty(), lambda: abs(Empty())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# not uses __bool__, never __invert__.
class NotTest:
    def __bool__(self):
        print("__bool__ called")
        return True

    def __invert__(self):
        return "inverted"

print(not NotTest(), ~NotTest())

# Built-in unary results.
print(-True, +False, ~5, -(2 ** 70), ~(-1), abs(-2.5), abs(-7), abs(3 + 4j))
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
