# Duplicate keys that are only known at run time raise ValueError.
class Keys:
    A = "a"
    B = "a"
    ONE = 1


for subject in [{"a": 1}, {"a": 1, "b": 2}]:
    try:
        match subject:
            case {Keys.A: 1, Keys.B: 2}:
                print("wrong")
            case _:
                print("not reached")
    except ValueError as e:
        print(type(e).__name__, e)

# 1 and True are the same key.
try:
    match {1: "x"}:
        case {Keys.ONE: _, True: _}:
            print("wrong")
except ValueError as e:
    print(type(e).__name__, e)

# The check happens only after the mapping and length checks pass.
match []:
    case {Keys.A: 1, Keys.B: 2}:
        print("wrong")
    case _:
        print("a list is not a mapping, no error")

match {}:
    case {Keys.A: 1, Keys.B: 2}:
        print("wrong")
    case _:
        print("too short, no error")

# Unhashable keys from value patterns.
class Bad:
    KEY = []

try:
    match {"x": 1}:
        case {Bad.KEY: 1}:
            pass
except TypeError as e:
    print(type(e).__name__, e)
