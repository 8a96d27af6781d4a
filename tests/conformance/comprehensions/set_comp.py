# Set comprehensions (small ints only; printed sorted and directly).
s = {x % 5 for x in range(20)}
print(s, len(s), sorted(s))
print({x * x for x in range(-3, 4)} == {0, 1, 4, 9}, sorted({x * x for x in range(-3, 4)}))
print({len(w) for w in "a bb cc ddd e".split()})
print(sorted({c for c in "mississippi"}))
print({x for x in []}, type({x for x in []}).__name__)
evens = {x for x in range(10) if x % 2 == 0}
odds = {x for x in range(10) if x % 2}
print(sorted(evens | odds), evens & odds, sorted(evens - {0, 2}), 4 in evens)
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({frozenset([1, 2]) == frozenset([2, 1]) for _ in range(3)}))
