# Guards.
def classify(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case int(x) if x == 0:
            return "zero"
        case int(x) if x % 2:
            return "odd"
        case int():
            return "even"
        case _:
            return "not an int"

for v in [-5, 0, 3, 4, "x"]:
    print(v, classify(v))

# The guard runs only when the pattern matched, after the names are bound.
def logged(v, result):
    print("guard sees", v)
    return result

match [1, 2]:
    case [a, b] if logged(a + b, False):
        print("wrong")
    case [a, b] if logged(a * b, True):
        print("second guard passed", a, b)

match 5:
    case "x" if logged("never", True):
        print("wrong")
    case _:
        print("guard of a failed pattern did not run")

# Names bound before a failed guard stay bound.
match (10, 20):
    case (first, second) if first > second:
        print("wrong")
    case _:
        print("fell through; first, second =", first, second)

# Walrus in a guard.
match [3, 4]:
    case [x, y] if (total := x + y) > 5:
        print("total", total)

# A guarded wildcard is not irrefutable, so more cases may follow.
match 7:
    case _ if False:
        print("wrong")
    case x if True:
        print("guarded capture", x)
    case _:
        print("wrong")

# Guards on the final default case.
for v in [1, 2]:
    match v:
        case 5:
            print("five")
        case _ if v == 1:
            print("default with guard", v)
print("done")

# Exceptions in guards propagate.
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# A truthy non-bool guard.
match "s":
    case s if [0]:
        print("list guard true")
