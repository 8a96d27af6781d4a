# __enter__ / __exit__ with the with statement.

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return f"value-of-{self.name}"

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress


with CM("a") as v:
    print("body", v)

with CM("b"):
    print("body without as")

# Exceptions propagate unless __exit__ returns true.
try:
    with CM("c"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)

with CM("d", suppress=True):
    raise KeyError("swallowed")
print("after suppressed")

# Truthiness of the __exit__ return value decides.
with CM("e", suppress=[1]):
    raise RuntimeError("also swallowed")
with CM("f", suppress=0):
    pass

# Multiple managers: entered left to right, exited right to left.
with CM("x") as x, CM("y") as y:
    print("body", x, y)

# Parenthesized form.
with (
    CM("p1") as p1,
    CM("p2"),
):
    print("parenthesized", p1)

# Nested with and exception in the inner one.
try:
    with CM("outer"):
        with CM("inner"):
            raise TypeError("inner error")
except TypeError as e:
    print("caught", e)

# __enter__ returning self.
class Resource:
    def __init__(self):
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, *exc):
        self.open = False

with Resource() as r:
    print("inside", r.open)
print("outside", r.open)

# The as-target can be any assignment target.
class Holder:
    pass

h = Holder()
d = {}
with CM("t1") as h.attr, CM("t2") as d["key"]:
    pass
print(h.attr, d)
with CM("t3") as (first, *rest):
    pass
print(first, rest[:3])

# break/continue/return inside with call __exit__.
def early():
    with CM("ret"):
        return "returned"

print(early())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)
