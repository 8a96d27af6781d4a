# match inside functions, loops, closures and classes.
def first_word(lines):
    for line in lines:
        match line.split():
            case []:
                continue
            case ["stop", *_]:
                break
            case [word, *_]:
                return word
    return None

print(first_word(["", "  ", "hello world"]))
print(first_word(["", "stop now", "later"]))
print(first_word([]))

def make_matcher(expected):
    def matcher(v):
        match v:
            case [x, y] if x == expected:
                return y
        return "no"
    return matcher

m = make_matcher(1)
print(m([1, "yes"]), m([2, "yes"]), m("x"))

def closure_over_capture(v):
    match v:
        case {"f": f}:
            return lambda: f * 2
    return lambda: None

print(closure_over_capture({"f": 21})())

class Parser:
    match 3:
        case 3:
            kind = "three"
        case _:
            kind = "other"

    def parse(self, tokens):
        match tokens:
            case [("num", n), ("op", "+"), ("num", m)]:
                return n + m
            case [("num", n)]:
                return n
            case _:
                raise SyntaxError("bad tokens")

print(Parser.kind)
p = Parser()
print(p.parse([("num", 1), ("op", "+"), ("num", 2)]))
print(p.parse([("num", 7)]))
try:
    p.parse([])
except SyntaxError as e:
    print(type(e).__name__, e)

# Recursive evaluation with match.
def evaluate(expr):
    match expr:
        case int(n) | float(n):
            return n
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("-", a):
            return -evaluate(a)
        case _:
            raise ValueError(f"bad expression {expr!r}")

print(evaluate(("+", 1, ("*", 2, ("-", 3)))))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print(e)

# Nested match statements.
def nested(a, b):
    match a:
        case 1:
            match b:
                case 1:
                    return "one-one"
                case _:
                    return "one-other"
        case _:
            return "other"

print(nested(1, 1), nested(1, 2), nested(2, 1))

# match inside try/except/finally, with a raise from a case.
def risky(v):
    try:
        match v:
            case 0:
                raise ZeroDivisionError("zero")
            case n:
                return 10 / n
    except ZeroDivisionError as e:
        return "caught " + str(e)
    finally:
        print("finally", v)

print(risky(0), risky(5))

# Generators with match.
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case _:
                yield "?"

print(list(gen([("a", 1), "x", ("b", 2)])))
