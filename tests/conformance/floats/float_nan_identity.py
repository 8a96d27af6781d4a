# distinct NaN objects: identity decides container membership in CPython
a = float('nan')
b = float('nan')
print(a is a, a is b, a == a, a in [a], a in [b], [a] == [a], [a] == [b])
d = {a: 1}
print(a in d, b in d, len({a, b}), len({a, a}))
print(hash(a) == hash(a))
