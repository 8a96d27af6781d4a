def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
print(d.__len__(), d.__getitem__('a'), d.__contains__('a'))
d.__setitem__('b', 2); d.__delitem__('a'); print(d)
t(lambda: d.__delitem__('zz'))
def f(): del d['zz']
t(f)
print(list(reversed({})), list(reversed({1: 2, 3: 4})))
r = reversed({1: 1})
print(type(r).__name__, type(reversed({}.items())).__name__, type(reversed({}.values())).__name__)
print(dict.__class__, dict.__name__, isinstance({}, dict))
t(lambda: hash({}))
print(dict.__hash__)
print({1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {1: [1]} == {1: [1]}, {} == [])
class Miss(dict):
    def __missing__(self, k): return k * 2
m = Miss(a=1)
print(m['a'], m['bb'], m.get('zz'), 'zz' in m)
print(dict(a=1).items() == {('a', 1)})
print(sorted({3: 0, 1: 0}), max({1: 0, 5: 0}), sum({1: 0, 2: 0}))
print(dict.fromkeys(range(3), []))
x = {}
x[1] = 1; x[1.0] = 2; x[True] = 3
print(x)
