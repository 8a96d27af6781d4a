def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i)
d['z'] = 26
print(k, list(v), list(i))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(k == {'a', 'b', 'c', 'z'}, k == ['a', 'b', 'c', 'z'], i == {('a', 1), ('b', 2), ('c', 3), ('z', 26)})
print(v == v, d.values() == d.values())
print(sorted(k), len(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(repr({}.keys()), repr({}.values()), repr({}.items()))
t(lambda: k[0])
t(lambda: hash(k))
print(bool({}.keys()), bool(k))
t(lambda: [] in k)
print([] in v, ([], 1) in i if False else None)
t(lambda: ([], 1) in i)
print((1,) in i, (1, 2, 3) in i)
r = {1: [1]}
r[2] = r.values()
print(r)
