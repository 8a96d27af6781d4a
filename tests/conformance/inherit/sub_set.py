# Subclassing set and frozenset.

class TrackingSet(set):
    def add(self, x):
        print("add", x)
        super().add(x)


s = TrackingSet([3, 1, 2])      # constructor does not call add
s.add(4)
s.update([5])                    # update does not call add
print(sorted(s), len(s), 4 in s, type(s).__name__)
print(type(s | {9}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {1}).__name__)
print(type(s.copy()).__name__, type(s.union([7])).__name__)
s |= {10}
print(type(s).__name__, sorted(s))
print(s == set(s), isinstance(s, set), sorted(s.intersection({1, 2, 99})))

class Frozen(frozenset):
    def __repr__(self):
        return f"Frozen({sorted(self)})"

f = Frozen([3, 1])
print(f, hash(f) == hash(frozenset([1, 3])), type(f | {5}).__name__, {f: 1}[frozenset({1, 3})])
print(type(f.copy()).__name__, f.copy() is f)

# frozenset subclass with __new__.
class Letters(frozenset):
    def __new__(cls, word):
        return super().__new__(cls, word.lower())

print(sorted(Letters("HeLLo")), type(Letters("a")).__name__)

# Instance attributes on set subclasses.
s.name = "tracked"
print(s.name)

# Overridden __contains__ used by 'in'.
class AlwaysIn(set):
    def __contains__(self, x):
        return True

print(42 in AlwaysIn(), 42 in set(AlwaysIn()))

# Comparisons.
print(TrackingSet([1]) <= {1, 2}, {1} < TrackingSet([1, 2]), Frozen([1]) == {1})
