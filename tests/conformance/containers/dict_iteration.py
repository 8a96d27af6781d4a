# Iterating over dicts and mutation during iteration.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print("value", v)
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {i: i * i for i in range(5)}
for k in d:
    d[k] = -d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e, d)
print(list(enumerate({"p": 0, "q": 0})), dict(zip(d.values(), d.keys())))
it = iter({"x": 1, "y": 2})
print(next(it), next(it), next(it, "end"))
