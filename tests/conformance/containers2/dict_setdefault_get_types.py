def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
print(d.setdefault('a', []), d)
d.setdefault('a', []).append(1); print(d)
t(lambda: d.setdefault([], 1))
print(d.get('a', None), d.get('b'), {None: 1}.get(None))
print(dict.setdefault(d, 'z', 5), d)
print(dict.pop(d, 'z'), d)
t(lambda: dict.pop(d))
t(lambda: dict.get(d))
t(lambda: dict.keys(5))
t(lambda: dict.keys())
e = {}
print(e.pop(1, None), e.get(1, 0))
f = {1: 1}
print(f.pop(True), f)
print({(1, 2): 1}.pop((1, 2)), {frozenset(): 1}.pop(frozenset()))
