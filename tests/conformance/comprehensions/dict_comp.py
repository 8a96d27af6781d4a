# Dict comprehensions.
print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
d = {"x": 1, "y": 2, "z": 3}
print({v: k for k, v in d.items()}, {k: v for k, v in d.items() if v != 2})
print({k: [i for i in range(v)] for k, v in d.items()})
print({i: i % 3 == 0 for i in range(7)}, {(i, i + 1): None for i in range(2)})
print({str(i): i for i in range(12)}["11"], dict((i, -i) for i in range(3)))
counts = {c: "hello world".count(c) for c in "hello world" if c != " "}
print(counts)
print({k: v for k, v in zip("abc", range(10, 13))}, len({x % 3: x for x in range(100)}))
print({x % 3: x for x in range(100)})
