# In-place operators and their fallbacks.

class Acc:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Acc({self.v})"

    def __iadd__(self, o):
        self.v += o
        return self

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __itruediv__(self, o):
        self.v /= o
        return self

    def __ifloordiv__(self, o):
        self.v //= o
        return self

    def __imod__(self, o):
        self.v %= o
        return self

    def __ipow__(self, o):
        self.v **= o
        return self

    def __ilshift__(self, o):
        self.v <<= o
        return self

    def __irshift__(self, o):
        self.v >>= o
        return self

    def __iand__(self, o):
        self.v &= o
        return self

    def __ior__(self, o):
        self.v |= o
        return self

    def __ixor__(self, o):
        self.v ^= o
        return self

    def __imatmul__(self, o):
        self.v = ("matmul", self.v, o)
        return self


a = Acc(10)
same = a
a += 5; print(a)
a -= 3; print(a)
a *= 2; print(a)
a //= 5; print(a)
a %= 3; print(a)
a **= 3; print(a)
a <<= 2; print(a)
a >>= 1; print(a)
a &= 6; print(a)
a |= 9; print(a)
a ^= 1; print(a)
a /= 2; print(a)
a @= "m"; print(a)
print(a is same)

# Fallback to the binary operator when __iadd__ is missing.
class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("__add__ called")
        return OnlyAdd(self.v + o)

x = OnlyAdd(1)
orig = x
x += 1
print(x.v, x is orig)

# Fallback when __iadd__ returns NotImplemented.
class NI:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("__iadd__ declines")
        return NotImplemented

    def __add__(self, o):
        print("__add__ called")
        return NI(self.v + o)

y = NI(1)
y += 2
print(y.v)

# Fallback to the reflected method of the right operand.
class Right:
    def __radd__(self, o):
        return f"Right.__radd__({o!r})"

z = 5
z += Right()
print(z)

# __iadd__ may return a different object; the name is rebound to it.
class Swap:
    def __iadd__(self, o):
        return "replaced"

s = Swap()
s += 1
print(s)

# In-place on attributes and items evaluates the target once.
class Holder:
    def __init__(self):
        self.count = Acc(0)
        self.items = [Acc(1)]

h = Holder()
h.count += 4
h.items[0] *= 7
print(h.count, h.items)

# Error when nothing works.
class Nothing:
    pass

n = Nothing()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n @= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)

# Lists: += extends in place, + creates a new list.
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
lst = lst + [3]
print(lst, alias)

# Tuple item += mutates the list and then fails.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
