# Several items: entered left to right, exited right to left.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False


with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)

with CM("x"), CM("y") as y:
    print("body2", y)

# Parenthesised items (3.10+).
with (
    CM("p") as p,
    CM("q") as q,
):
    print("paren", p, q)

# Tuple and list targets unpack the __enter__ result.
class Pair:
    def __enter__(self):
        return (1, (2, 3))

    def __exit__(self, *a):
        print("pair exit")

with Pair() as (first, (second, third)):
    print("unpacked", first, second, third)

with Pair() as [one, two]:
    print("list target", one, two)

with Pair() as (head, *tail):
    print("star target", head, tail)

# Attribute and subscript targets.
class Holder:
    pass

h = Holder()
d = {}
with CM("attr") as h.value, CM("item") as d["k"]:
    print("targets", h.value, d)

# The second manager expression is evaluated after the first __enter__.
def mk(name):
    print("evaluate", name)
    return CM(name)

with mk("one") as o1, mk("two") as o2:
    print("body3", o1, o2)

# An exception in the second item's __enter__ exits the first.
class Bad:
    def __enter__(self):
        print("bad enter")
        raise ValueError("no entry")

    def __exit__(self, *a):
        print("bad exit (never)")

try:
    with CM("outer"), Bad(), CM("never"):
        print("not reached")
except ValueError as e:
    print("caught", e)
