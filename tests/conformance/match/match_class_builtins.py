# Built-in types whose class pattern takes the subject itself as the one positional item.
values = [1, 2.5, "s", b"b", bytearray(b"ba"), True, [1], (1,), {1: 2}, {1}, frozenset({2}),
          None, 3j]

def kind(v):
    match v:
        case bool(b):
            return f"bool {b!r}"
        case int(i):
            return f"int {i!r}"
        case float(f):
            return f"float {f!r}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list(l):
            return f"list {l!r}"
        case tuple(t):
            return f"tuple {t!r}"
        case dict(d):
            return f"dict {d!r}"
        case set(s):
            return f"set {s!r}"
        case frozenset(s):
            return f"frozenset {s!r}"
        case _:
            return "other " + type(v).__name__

for v in values:
    print(kind(v))

# The positional sub-pattern can be any pattern.
match 5:
    case int(0 | 1):
        print("wrong")
    case int(5 as five):
        print("five", five)

match [1, 2]:
    case list([a, b]):
        print("list of two", a, b)

match "abc":
    case str("abc"):
        print("exact str")

match {"k": 1}:
    case dict({"k": v}):
        print("dict with k", v)

# Keyword sub-patterns on built-ins read attributes.
match 3.0:
    case float(real=r, imag=i):
        print("real", r, "imag", i)

match 10:
    case int(numerator=n, denominator=d):
        print("fraction parts", n, d)

# More than one positional sub-pattern is a TypeError.
for v, pat in [(1, "int"), ("s", "str"), ([1], "list")]:
    try:
        match v:
            case int(a, b):
                pass
            case str(a, b):
                pass
            case list(a, b):
                pass
    except TypeError as e:
        print(type(e).__name__, e)

# complex and NoneType are not self-matching.
try:
    match 3j:
        case complex(x):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class NotSelf:
    pass

try:
    match NotSelf():
        case NotSelf(x):
            pass
except TypeError as e:
    print(type(e).__name__, e)
