# Sequence patterns.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case [a, b, c]:
            return f"three: {a!r} {b!r} {c!r}"
        case _:
            return "something else"

for v in [[], [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(3), range(0), [1, 2, 3, 4],
          "ab", "a", "", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, None, iter([1])]:
    print(type(v).__name__, repr(v) if type(v).__name__ != "list_iterator" else "", "->", shape(v))

# Parenthesised and bracketed forms are the same.
match (1, 2):
    case [x, y]:
        print("bracket matched tuple", x, y)

match [1, 2]:
    case (x, y):
        print("paren matched list", x, y)

match [1, 2]:
    case x, y:
        print("open tuple", x, y)

# Nested sequences.
match [1, [2, [3, 4]], 5]:
    case [a, [b, [c, d]], e]:
        print("nested", a, b, c, d, e)

match [[1, 2], [3]]:
    case [[1, x], [y, z]]:
        print("wrong")
    case [[1, x], [y]]:
        print("second", x, y)

# Literals inside sequences.
def cmd(c):
    match c.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item]:
            return "picking up " + item
        case ["quit"]:
            return "bye"
        case []:
            return "nothing"
        case _:
            return "unknown command"

for c in ["go north", "pick up sword", "quit", "", "dance wildly", "go"]:
    print(repr(c), "->", cmd(c))

# Strings are not sequences for patterns, even though they are iterable.
match "xyz":
    case [a, b, c]:
        print("wrong")
    case str():
        print("str is not a sequence pattern")

# Tuples of one.
match (5,):
    case (n,):
        print("single", n)

# Wildcards only.
for v in [[1, 2], [1], [1, 2, 3]]:
    match v:
        case [_, _]:
            print(v, "has two")
        case [_, _, _]:
            print(v, "has three")
        case _:
            print(v, "other")
