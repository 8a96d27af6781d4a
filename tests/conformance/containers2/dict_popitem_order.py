def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {i: str(i) for i in range(5)}
out = []
while d:
    out.append(d.popitem())
print(out)
t(lambda: d.popitem())
e = {'a': 1, 'b': 2}
e['c'] = 3
del e['b']
print(e.popitem(), e.popitem())
e['x'] = 1
print(e)
f = dict.fromkeys("abc")
f.pop('c')
f['z'] = 0
print(list(f), f.popitem())
