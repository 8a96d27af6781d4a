def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 'b': [2], (3,): {4: 5}}
print(d, repr(d), str(d))
d['self'] = d
print(d)
e = {}
e[1] = [e]
print(e)
print({}, {1: {}}, {None: None})
print(d.keys() if False else {'k': 1}.keys())
f = {}
f['v'] = f.values()
f['k'] = f.keys()
print(f)
g = {}
g['i'] = g.items()
print(g)
class K:
    def __repr__(s): return "K"
    def __hash__(s): return 1
print({K(): K()})
print(dict.__repr__({1: 2}))
