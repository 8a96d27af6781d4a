# Merging dicts: |, |=, update, unpacking.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
print({**a, **b}, {**b, **a}, dict(a, **b), dict(b, y=-1))
d = a.copy()
d.update(b, extra=True)
print(d)
print({} | {}, a | {}, {1: 1} | {1.0: "float key keeps int"})
try:
    print(a | [("k", 1)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**a, **[1]})
except TypeError as e:
    print(type(e).__name__, e)
