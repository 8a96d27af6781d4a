# Star patterns in sequences.
def f(x):
    match x:
        case [first, *rest]:
            return ("first/rest", first, rest)
        case []:
            return "empty"

for v in [[1], [1, 2, 3], (4, 5), range(3), []]:
    print(repr(v), f(v))

def g(x):
    match x:
        case [*init, last]:
            return ("init/last", init, last)

print(g([1, 2, 3]), g((9,)), g([]))

def h(x):
    match x:
        case [a, *mid, b, c]:
            return (a, mid, b, c)
        case _:
            return "too short"

for v in [[1, 2, 3], [1, 2, 3, 4, 5], [1, 2], range(6)]:
    print(repr(v), h(v))

# A star capture is always a list.
match (1, 2, 3):
    case (*everything,):
        print(type(everything).__name__, everything)

match range(4):
    case [0, *tail]:
        print("tail", tail)

# *_ does not capture; the other items are read by index.
def ends(x):
    match x:
        case [a, *_, z]:
            return (a, z)
        case [*_]:
            return "short"

for v in [[1, 2, 3, 4], [1, 2], [1], [], (7, 8, 9), range(10, 20)]:
    print(repr(v), ends(v))

match [1, 2, 3]:
    case [*_]:
        print("any sequence")

match [1, 2, 3, 4, 5]:
    case [1, 2, *_, 4, 5]:
        print("both ends matched")

match [1, 2, 3]:
    case [_, *_, _, _, _]:
        print("wrong")
    case [_, *_]:
        print("at least one")

# Star with literals and nesting.
match [[1, 2, 3], [4]]:
    case [[1, *xs], [*ys]]:
        print("xs", xs, "ys", ys)

# Length mismatch with star.
match [1]:
    case [a, b, *c]:
        print("wrong")
    case [a, *c]:
        print("a, c =", a, c)
