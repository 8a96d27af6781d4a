# List comprehensions with filters.
print([x for x in range(10)])
print([x * x for x in range(10) if x % 2 == 0])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([(x, x ** 3) for x in range(1, 5)])
print([len(w) for w in "the quick brown fox".split()])
print([x for x in range(30) if x % 2 if x % 3])
print([s.strip() for s in [" a ", "b  ", "  c"]])
print([i for i in []], [None for _ in range(3)], [[] for _ in range(2)])
words = ["apple", "Bob", "cat", "Dog"]
print([w for w in words if w[0].isupper()], [w[::-1] for w in words])
print([int(d) for d in str(2**30)], sum([int(d) for d in str(2**30)]))
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([abs(x) for x in range(-3, 4)], [str(x) for x in (1.5, None, True)])
