# __index__, __int__, __float__, __complex__.

class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


i = Idx(2)
print([10, 20, 30][i], "abcdef"[i:Idx(4)], range(10)[Idx(3)], bin(Idx(5)), hex(i), oct(Idx(8)))
print(int(i), "ab" * Idx(3), [0] * Idx(2), i.__index__())
print(int.__index__(7), (5).__index__(), bool(Idx(0).__index__()))
print(list(range(Idx(3))), list(range(Idx(1), Idx(7), Idx(2))), round(1.23456, Idx(2)))

# __index__ must return an int.
class BadIdx:
    def __index__(self):
        return 1.5

for f in (lambda: [1, 2][BadIdx()], lambda: bin(BadIdx()), lambda: range(BadIdx())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# __int__.
class ToInt:
    def __int__(self):
        return 42

print(int(ToInt()))
try:
    [1][ToInt()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(BadIdx())
except TypeError as e:
    print(type(e).__name__, e)

class BadInt:
    def __int__(self):
        return "42"

try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)

# int() falls back to __index__.
print(int(Idx(9)))

# __float__.
class ToFloat:
    def __float__(self):
        return 2.5

print(float(ToFloat()), float(Idx(4)))
class BadFloat:
    def __float__(self):
        return 2

try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)

class NoConv:
    pass

for f in (int, float, complex):
    try:
        f(NoConv())
    except TypeError as e:
        print(type(e).__name__, e)

# __complex__.
class ToComplex:
    def __complex__(self):
        return 1 + 2j

print(complex(ToComplex()), complex(ToFloat()), complex(Idx(3)))
class BadComplex:
    def __complex__(self):
        return 1.0

try:
    complex(BadComplex())
except TypeError as e:
    print(type(e).__name__, e)


