# Mapping patterns.
def f(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return ("point", x, y)
        case {"type": "circle", "r": r}:
            return ("circle", r)
        case {"type": t}:
            return ("unknown type", t)
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 5, "extra": 0},
          {"type": "square"}, {}, {"x": 1}, [], "type", None, [("type", "point")]]:
    print(repr(v), "->", f(v))

# **rest collects the other items into a new dict.
match {"a": 1, "b": 2, "c": 3}:
    case {"a": a, **rest}:
        print("a", a, "rest", rest)

match {"a": 1}:
    case {"a": 1, **rest}:
        print("empty rest", rest, type(rest).__name__)

d = {1: "one", 2: "two"}
match d:
    case {**everything}:
        print("everything", everything, everything is d)

# Keys of several types.
match {1: "int", 2.5: "float", None: "none", True: "bool", b"k": "bytes", -3: "neg"}:
    case {1: a, 2.5: b, None: c, b"k": d, -3: e}:
        print(a, b, c, d, e)

# Value patterns as keys.
class K:
    NAME = "name"

match {"name": "spindle"}:
    case {K.NAME: n}:
        print("name is", n)

# Nested mappings and sequences.
data = {"user": {"name": "ann", "roles": ["admin", "dev"]}}
match data:
    case {"user": {"name": str(n), "roles": [*roles]}}:
        print(n, roles)

# Values that are None still match (a key present with value None).
match {"k": None}:
    case {"k": None}:
        print("None value matched")

match {"k": None}:
    case {"k": v}:
        print("v =", v)

# Missing key.
match {"a": 1}:
    case {"a": 1, "b": _}:
        print("wrong")
    case {"a": _}:
        print("only a")

# dict views and other iterables are not mappings.
match {"a": 1}.items():
    case {}:
        print("wrong")
    case _:
        print("items view is not a mapping")

# The rest dict is independent from the subject.
src = {"x": 1, "y": 2}
match src:
    case {"x": _, **others}:
        others["z"] = 3
print(src, others)
