def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
d['b'] = 1; d['a'] = 2; d['c'] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d['b'] = 10; print(d)
del d['b']; d['b'] = 1; print(d)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip("ab", range(2))))
t(lambda: dict(1))
t(lambda: dict([1]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(["ab", "c"]))
t(lambda: dict({}, {}))
t(lambda: dict([[1, 2], (3,)]))
print(dict(["ab", "cd"]))
print({1: 1, 1.0: 2, True: 3})
print({"x": 1, **{"y": 2}, "x": 3})
print(d == {'a': 2, 'c': 3, 'b': 1}, d != {'a': 2})
t(lambda: d < d)
t(lambda: {} > {})
