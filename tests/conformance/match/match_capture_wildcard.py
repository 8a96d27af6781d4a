# Capture patterns, wildcards and binding rules.
def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return "captured " + repr(other)

print(f(1), f(2), f("s"))

match 5:
    case _:
        print("wildcard matched")

try:
    _
except NameError as e:
    print("_ is not bound:", e)

match [1, 2]:
    case [a, _]:
        print("a =", a)

# A failed case binds nothing (from that case).
match (1, 2):
    case (p, 3):
        print("wrong")
    case (q, r):
        print("q, r =", q, r)

try:
    print(p)
except NameError as e:
    print("p unbound:", e)

# Captures rebind existing names.
name = "old"
match "new":
    case name:
        pass
print("name =", name)

# Capture in a function makes a local.
def local_capture(v):
    match v:
        case [x, y]:
            pass
        case z:
            return ("z", z)
    return (x, y)

print(local_capture([3, 4]), local_capture(9))

# Unbound local when the case with the name did not run.
def maybe(v):
    match v:
        case [only]:
            pass
        case _:
            pass
    return only

print(maybe([7]))
try:
    maybe(3)
except UnboundLocalError as e:
    print(type(e).__name__, e)

# No case matches: nothing happens.
match 3:
    case 1:
        print("one")
    case 2:
        print("two")
print("after no match")

# The subject is evaluated once.
def subject():
    print("evaluating subject")
    return 10

match subject():
    case 1:
        pass
    case 2:
        pass
    case 10:
        print("ten")

# The last case may be a capture.
match {"k": 1}:
    case []:
        print("no")
    case everything:
        print("everything", everything)

# match and case are soft keywords.
match = 1
case = 2
print(match, case)
match, case = case, match
print(match, case)
