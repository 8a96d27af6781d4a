# An exception raised in a guard.
def f(v):
    match v:
        case [x, y] if x / y > 1:
            return "big"
        case _:
            return "small"


print(f([4, 2]))
print(f([1, 0]))
