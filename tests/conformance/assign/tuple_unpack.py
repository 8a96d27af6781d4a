# Tuple and list unpacking in assignments and loops.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = "pq"
print(p, q)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
i, j, k = range(3)
print(i, j, k)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
for n, (ch, val) in enumerate([("a", 1), ("b", 2)]):
    print(n, ch, val)
for key, value in {"x": 10, "y": 20}.items():
    print(key, value)
pairs = [(1, 2), (3, 4)]
print([m + n for m, n in pairs])
a = b = c = 0
a, b = b + 1, a + 2
print(a, b, c)
one, = [1]
print(one)
(single,) = (9,)
print(single)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, "set"
print(idx, lst)
first, second = second_val, first_val = "AB"
print(first, second, second_val, first_val)
