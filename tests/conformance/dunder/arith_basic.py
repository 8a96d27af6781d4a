# Binary arithmetic special methods.

class V:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"V({self.x!r})"

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __sub__(self, o):
        return V(self.x - (o.x if isinstance(o, V) else o))

    def __mul__(self, o):
        return V(self.x * (o.x if isinstance(o, V) else o))

    def __truediv__(self, o):
        return V(self.x / o)

    def __floordiv__(self, o):
        return V(self.x // o)

    def __mod__(self, o):
        return V(self.x % o)

    def __divmod__(self, o):
        return (self // o, self % o)

    def __pow__(self, o, mod=None):
        if mod is None:
            return V(self.x ** o)
        return V(pow(self.x, o, mod))

    def __matmul__(self, o):
        return ("matmul", self.x, o.x)

    def __lshift__(self, o):
        return V(self.x << o)

    def __rshift__(self, o):
        return V(self.x >> o)

    def __and__(self, o):
        return V(self.x & o)

    def __or__(self, o):
        return V(self.x | o)

    def __xor__(self, o):
        return V(self.x ^ o)


a, b = V(7), V(2)
print(a + b, a + 1, a - b, a * b, a * 3)
print(a / 2, a // 2, a % 3, divmod(a, 2), a ** 2, pow(a, 2), pow(a, 2, 5))
print(a @ b, a << 2, a >> 1, a & 3, a | 8, a ^ 1)

# The special methods can be called directly.
print(a.__add__(b), V.__mul__(a, 2))

# Chained expressions and precedence.
print(a + b * 2, (a + b) * 2, a - b - b, a ** 2 ** 1)

# Returning arbitrary objects.
class Weird:
    def __add__(self, o):
        return "added"

    def __sub__(self, o):
        return None

    def __mul__(self, o):
        return [o] * 2

w = Weird()
print(w + 1, w - 1, w * "s", w + w)

# Operators on classes vs. instances: defining on the instance does nothing.
w.__add__ = lambda o: "instance"
print(w + 1)

# The operands are evaluated before the method is called.
order = []
class Track:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        order.append(("add", self.n, o.n))
        return Track(self.n + o.n)

def t(n):
    order.append(("eval", n))
    return Track(n)

print((t(1) + t(2) + t(3)).n, order)
