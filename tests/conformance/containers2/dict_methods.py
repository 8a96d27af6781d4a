def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 5))
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))
t(lambda: d.get([]))
print(d.setdefault('c', 3), d.setdefault('a', 9), d.setdefault('n'), d)
t(lambda: d.setdefault())
print(d.pop('n'), d.pop('zz', 'dflt'), d)
t(lambda: d.pop('zz'))
t(lambda: d.pop())
t(lambda: d.pop([]))
t(lambda: d.pop([], 1))
print(d.popitem(), d.popitem(), d)
d.popitem()
t(lambda: d.popitem())
t(lambda: {}.popitem())
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(()))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
class D(dict): pass
print(type(D.fromkeys("a")).__name__, D.fromkeys("ab", 1))
e = {1: 2}
f = e.copy(); f[3] = 4; print(e, f)
e.clear(); print(e)
t(lambda: e.copy(1))
t(lambda: e.clear(1))
t(lambda: {}['missing'])
t(lambda: {}[('a', 1)])
t(lambda: {}[[1]])
print(len({1: 2, 3: 4}), 1 in {1: 2}, 2 in {1: 2})
t(lambda: [] in {})
print({}.__contains__(1))
print(dict.get, type({}.get).__name__)
