def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = set("hello")
print(sorted(s), len(s))
print(sorted(s & set("world")), sorted(s.intersection("world")))
print(sorted(set(range(5)) - set(range(0, 5, 2))))
print({1, 2} | frozenset({3}), frozenset({3}) | {1, 2})
print(set().union([1], (2,), {3: 4}, "5"))
print(set([1, 2]).intersection(set(), [1]), set([1]).intersection(iter([1, 1])))
print({1, 2, 3}.difference(*[[1], [2]]))
print(set.union({1}, {2}, {3}), frozenset.union(frozenset(), [1]))
t(lambda: set.union())
t(lambda: set.union(1))
t(lambda: set.union([1], {2}))
print(sorted({"b", "a"}), {True, 1, 1.0}, {0, False})
g = (x for x in [1, 2])
print(set(g), set(g))
s = {1}
s.update({2: 'x'}, [3]); print(s)
s.update("ab"); print(sorted(s, key=str))
