# Set operations on small ints (printed sorted or directly).
s = {1, 2, 3}
t = {3, 4, 5}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t))
print(sorted(s.union(t, [6])), sorted(s.intersection([2, 3, 9])), sorted(s.difference([1])), sorted(s.symmetric_difference([1, 9])))
print(s <= {1, 2, 3, 4}, s < s, s <= s, s >= {1}, s > {1, 2, 3}, s.issubset(range(5)), s.issuperset([1, 2]))
print(s.isdisjoint(t), s.isdisjoint({7}), 2 in s, 9 not in s, len(s), s == {3, 2, 1})
u = set()
u.add(3); u.add(1); u.add(3)
print(u, len(u))
u.update([5, 6], (7,))
print(sorted(u))
u.discard(100); u.discard(5); u.remove(6)
print(sorted(u))
v = {1, 2, 3, 4, 5}
v &= {1, 2, 3, 9}
print(v)
v |= {7}
v -= {1}
v ^= {2, 8}
print(sorted(v))
w = v.copy()
w.clear()
print(w, sorted(v), {0}, {1, 2}, {3, 1, 2})
print(set() == frozenset(), {1} == frozenset({1}), sorted(frozenset([3, 1]) | {2}))
print(sorted({x for x in range(20) if x % 3 == 0} - {0, 3}))
