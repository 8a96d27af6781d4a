# Rich comparisons and their reflection.

log = []


class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"V({self.v})"

    def __lt__(self, o):
        log.append(f"{self}<{o}")
        return self.v < o.v if isinstance(o, V) else NotImplemented

    def __le__(self, o):
        log.append(f"{self}<={o}")
        return self.v <= o.v if isinstance(o, V) else NotImplemented

    def __gt__(self, o):
        log.append(f"{self}>{o}")
        return self.v > o.v if isinstance(o, V) else NotImplemented

    def __ge__(self, o):
        log.append(f"{self}>={o}")
        return self.v >= o.v if isinstance(o, V) else NotImplemented

    def __eq__(self, o):
        log.append(f"{self}=={o}")
        return self.v == o.v if isinstance(o, V) else NotImplemented

    def __ne__(self, o):
        log.append(f"{self}!={o}")
        return self.v != o.v if isinstance(o, V) else NotImplemented

    __hash__ = None


a, b = V(1), V(2)
for expr in (lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b, lambda: a == b, lambda: a != b):
    log.clear()
    print(expr(), log)

# Mixed types: reflection to the other operand's swapped method.
class Only:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Only({self.v})"

    def __gt__(self, o):
        log.append(f"Only.__gt__({o})")
        return True

log.clear()
print(5 < Only(1), log)
log.clear()
print(Only(1) > 5, log)
log.clear()
try:
    print(Only(1) < 5)
except TypeError as e:
    print(type(e).__name__, e, log)

# Sorting uses __lt__ only.
class SortKey:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"S{self.v}"

print(sorted([SortKey(3), SortKey(1), SortKey(2)]), min(SortKey(5), SortKey(4)), max([SortKey(1), SortKey(9)]))
try:
    sorted([SortKey(1), 2])
except TypeError as e:
    print(type(e).__name__, e)

# Chained comparisons call each comparison once, left to right.
log.clear()
print(V(1) < V(2) < V(3), log)
log.clear()
print(V(3) < V(2) < V(1), log)

# Comparison returning non-bool values.
class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __lt__(self, o):
        return [x < y for x, y in zip(self.xs, o.xs)]

    def __eq__(self, o):
        return "elementwise"

print(Vec([1, 5]) < Vec([2, 3]), Vec([1]) == Vec([1]))
try:
    if Vec([1]) < Vec([2]):
        print("truthy list")
except TypeError as e:
    print(type(e).__name__, e)

# __eq__ default: identity; __ne__ inverts __eq__ unless NotImplemented.
class E:
    def __eq__(self, o):
        return isinstance(o, E)

print(E() == E(), E() != E(), E() != 1, E() == 1)

# Comparisons in containers use ==.
print(V(1) in [V(0), V(1)], [V(1)] == [V(1)], (V(1), 2) < (V(2), 1))
print([V(1)].index(V(1)), [V(2), V(1)].count(V(1)))
