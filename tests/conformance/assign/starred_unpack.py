# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "az"
print(a, mid, z)
*all_of_it, = range(4)
print(all_of_it)
head, *tail = (9,)
print(head, tail)
(a, *b), c = (1, 2, 3), 4
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
print(*[1, 2], *"ab", *range(2))
merged = [*range(3), *[10, 11], *"xy"]
print(merged)
t = (*merged[:2], 99)
print(t, type(t).__name__)
d1 = {"a": 1}
d2 = {**d1, "b": 2, **{"a": 3}}
print(d2)
s = {*[1, 2], *(2, 3)}
print(sorted(s))
head, *body, tail = range(10)
print(head, body, tail, type(body).__name__)
