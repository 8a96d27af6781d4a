# __eq__ / __hash__ rules.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x}, {self.y})"


s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, sorted(s, key=lambda p: (p.x, p.y)))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(9, 9)))

# Defining __eq__ sets __hash__ to None.
class OnlyEq:
    def __eq__(self, o):
        return True

print(OnlyEq.__hash__, "__hash__" in OnlyEq.__dict__)
for f in (lambda: hash(OnlyEq()), lambda: {OnlyEq()}, lambda: {OnlyEq(): 1}, lambda: frozenset([OnlyEq()])):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# Defining __hash__ alone is fine.
class OnlyHash:
    def __hash__(self):
        return 12345

print(hash(OnlyHash()), OnlyHash() == OnlyHash())

# __hash__ return values.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

print(hash(H(5)), hash(H(-1)), hash(H(True)), hash(H(2 ** 70)) == hash(2 ** 70))
for bad in (1.5, "s", None):
    try:
        hash(H(bad))
    except TypeError as e:
        print(type(e).__name__, e)

class IntSub(int):
    pass

print(hash(H(IntSub(7))))

# Equal objects with different hashes: set lookups may miss (but both are stored).
class Bad:
    counter = 0

    def __eq__(self, o):
        return True

    def __hash__(self):
        Bad.counter += 1
        return Bad.counter

print(len({Bad(), Bad(), Bad()}))

# Hash collisions fall back to __eq__.
class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, o):
        print(f"eq {self.v} {o.v}")
        return self.v == o.v

cs = {Collide(1)}
print(Collide(1) in cs)
print(Collide(2) in cs)

# __eq__ returning a non-bool is converted for container checks.
class Truthy:
    def __eq__(self, o):
        return "yes"

    __hash__ = object.__hash__

print(Truthy() in [1], [Truthy()] == [2], Truthy() == 2)

# Identity short-cut in containers: x in [x] is True even if __eq__ says False.
class Never:
    def __eq__(self, o):
        return False

    __hash__ = object.__hash__

nv = Never()
print(nv == nv, nv in [nv], [nv] == [nv], nv in {nv}, [nv].count(nv))

# float('nan') is not equal to itself but found by identity.
nan = float("nan")
print(nan == nan, nan in [nan])

# Explicit __hash__ = None in a class body.
class Unhash:
    __hash__ = None

try:
    hash(Unhash())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Unhash(), object), Unhash.__hash__)
