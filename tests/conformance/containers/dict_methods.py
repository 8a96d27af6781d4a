# Everyday dict methods.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"], len(d), "a" in d, 1 in d)
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("missing", "default"), d)
d.update({"d": 4, "a": 10})
d.update(e=5)
d.update([("f", 6)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
c = d.copy()
c["new"] = True
print(d, c)
print(dict.fromkeys("xyz"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
c.clear()
print(c, len(c))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
