# Or-patterns.
def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [1, _] | [_, 1]:
            return "pair with a one"
        case None | True:
            return "singleton"
        case _:
            return "other"

for v in [1, 2, 3, 4, "a", "c", [1, 5], [5, 1], [5, 5], None, True, False]:
    print(repr(v), f(v))

# Alternatives that bind the same names, in different orders.
def g(x):
    match x:
        case [a, b] | {"a": a, "b": b} | (b, a, _):
            return ("a", a, "b", b)
        case _:
            return "no"

for v in [[1, 2], {"a": 3, "b": 4}, (5, 6, 7), (1,)]:
    print(repr(v), g(v))

def h(x):
    match x:
        case (1, y, z) | (2, z, y) | (3, *_, z, y):
            return (y, z)
    return None

for v in [(1, "y", "z"), (2, "z", "y"), (3, 0, 0, "z", "y"), (4, 0, 0)]:
    print(v, h(v))

# Or-patterns nested in other patterns.
match [1, [2, 3]]:
    case [1 | 2 as first, [3 | 2, x]]:
        print("nested or", first, x)

match {"k": "b"}:
    case {"k": "a" | "b" | "c" as letter}:
        print("letter", letter)

# Or-patterns with class patterns.
class A:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v

class B(A):
    pass

class C:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v

for obj in [A(1), B(2), C(3), 4]:
    match obj:
        case A(v) | C(v):
            print(type(obj).__name__, "v =", v)
        case other:
            print("other", other)

# Captures in earlier patterns of the same case are kept when an alternative is tried.
match (1, 2):
    case (x, 3 | 2 as y):
        print("x, y =", x, y)

# Last alternative may be irrefutable in the last case.
match 99:
    case 1 | other:
        print("other =", other)

# Or-pattern whose alternatives are all wildcards in a sequence.
match [1, 2]:
    case [_, _] | [_]:
        print("one or two")
