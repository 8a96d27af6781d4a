# TypeError messages for unsupported operand types.

class A:
    pass


class B:
    pass


a, b = A(), B()
cases = [
    ("+", lambda: a + b),
    ("-", lambda: a - 1),
    ("*", lambda: "s" * a),
    ("/", lambda: a / b),
    ("//", lambda: a // b),
    ("%", lambda: a % b),
    ("**", lambda: a ** b),
    ("@", lambda: a @ b),
    ("<<", lambda: a << b),
    (">>", lambda: 1 >> a),
    ("&", lambda: a & b),
    ("|", lambda: a | None),
    ("^", lambda: a ^ 1.5),
    ("divmod", lambda: divmod(a, b)),
    ("pow3", lambda: pow(a, b, 3)),
    ("neg", lambda: -a),
    ("pos", lambda: +a),
    ("invert", lambda: ~a),
    ("abs", lambda: abs(a)),
    ("int+str", lambda: 1 + "s"),
    ("str+int", lambda: "s" + 1),
    ("list+tuple", lambda: [1] + (2,)),
    ("None+None", lambda: None + None),
    ("float%str", lambda: 1.5 % "x"),
    ("class+class", lambda: A + B),
    ("mul seq", lambda: [1] * 1.5),
    ("mul seq2", lambda: "ab" * "cd"),
]
for name, f in cases:
    try:
        f()
    except TypeError as e:
        print(name, "->", type(e).__name__, e)

# In-place versions name the augmented operator.
def iadd(x, y):
    x += y
    return x

def isub(x, y):
    x -= y
    return x

def imul(x, y):
    x *= y
    return x

def itruediv(x, y):
    x /= y
    return x

def ifloordiv(x, y):
    x //= y
    return x

def imod(x, y):
    x %= y
    return x

def ipow(x, y):
    x **= y
    return x

def ilshift(x, y):
    x <<= y
    return x

def irshift(x, y):
    x >>= y
    return x

def iand(x, y):
    x &= y
    return x

def ior(x, y):
    x |= y
    return x

def ixor(x, y):
    x ^= y
    return x

def imatmul(x, y):
    x @= y
    return x

for f in (iadd, isub, imul, itruediv, ifloordiv, imod, ipow, ilshift, irshift, iand, ior, ixor, imatmul):
    try:
        f(A(), b)
    except TypeError as e:
        print(f.__name__, "->", type(e).__name__, e)

# Operators on modules and functions.
def f():
    pass

try:
    f + 1
except TypeError as e:
    print(type(e).__name__, e)
