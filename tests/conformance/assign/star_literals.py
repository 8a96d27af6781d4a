# Star-unpacking in list/tuple/set/dict displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b})
print([*"hi", *range(2), *{}.keys()])
print({**{"x": 1}, "y": 2, **{"x": 3}})
print({"a": 0, **dict(b=1), "a": 2})
print(*a, *b, sep="-")

def f(*args, **kw):
    return args, kw
print(f(*a, 0, *b, **{"k": 1}, z=2))
print(f(*(), **{}))
print(f(*[x * 2 for x in a]))
first, *rest = [*a, *b]
print(first, rest)
*init, last = "xyz"
print(init, last)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
print([*a] is a, [*a] == a)
gen = (i for i in range(3))
print(*gen)
print([*map(str, a)])
try:
    print({**{1: 2}, **[1]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"k": 1}, k=2)
except TypeError as e:
    print(type(e).__name__, e)
