# Dict views: keys/items support set operations; views are live.
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i, len(k), 2 in k, "b" in v, (3, "c") in i, (3, "x") in i)
d[4] = "d"
print(k, list(v), len(i))
print(sorted(k & {2, 3, 9}), sorted(k | {9}), sorted(k - {1}), sorted(k ^ {1, 10}))
print(k == {1, 2, 3, 4}, k <= {1, 2, 3, 4, 5}, k.isdisjoint({7}))
print(sorted(i & {(1, "a"), (2, "z")}), type(k).__name__, type(v).__name__, type(i).__name__)
print(list(reversed(k)), list(zip(k, v)))
del d[1]
print(k, v, i)
print(v == v, {1: 1}.values() == {1: 1}.values())
try:
    print(k[0])
except TypeError as e:
    print(type(e).__name__, e)
