def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 'a', 2.5, None, True, (1,), [], {}]
print(a, repr(a), str(a))
b = [1]
b.append(b); print(b)
c = [b, b]; print(c)
d = {}
d['x'] = d; print(d)
e = [d, {'y': [d]}]; print(e)
f = [1]
g = [f]
f.append(g); print(f, g)
print([[[]]], [()], [set()], [frozenset()])
class R:
    def __repr__(s): return "R!"
print([R(), R()], (R(),), {R(): R()})
class B:
    def __repr__(s): raise ValueError("bad repr")
t(lambda: repr([B()]))
class N:
    def __repr__(s): return 5
t(lambda: repr([N()]))
