def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
d.update({'a': 1}); print(d)
d.update([('b', 2)], c=3); print(d)
d.update(x=9); print(d)
d.update(); print(d)
d.update(["pq"]); print(d)
t(lambda: d.update([1]))
t(lambda: d.update([(1,)]))
t(lambda: d.update([(1, 2), (1, 2, 3)]))
t(lambda: d.update(1))
t(lambda: d.update({}, {}))
t(lambda: d.update([("ok", 1), "abc"]))
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
d.update(M()); print(d)
print(dict(M()))
class M2:
    def keys(self): return [1]
t(lambda: d.update(M2()))
t(lambda: d.update(None))
class P:
    def __iter__(self): return iter([(1, 2)])
d2 = {}
d2.update(P()); print(d2)
t(lambda: {}.update(a=1, **{'a': 2}))
d3 = {}
d3.update(a=1, **{'b': 2}); print(d3)
