def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = ["bb", "a", "ccc", "dd"]
b.sort(key=len); print(b)
b.sort(key=len, reverse=True); print(b)
c = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
c.sort(key=lambda p: p[0]); print(c)
c.sort(key=lambda p: p[0], reverse=True); print(c)
t(lambda: [1, "a"].sort())
t(lambda: [3, 1].sort(len))
t(lambda: [1].sort(foo=1))
t(lambda: [1, 2].sort(key=5))
print(sorted([3, 1, 2], reverse=1))
t(lambda: sorted([3, 1], key=None, reverse="x"))
d = [5, 3, 1]
def k(x):
    d.append(x)
    return x
t(lambda: d.sort(key=k))
print(d)
e = [3, 2, 1]
def k2(x):
    e.clear()
    return x
t(lambda: e.sort(key=k2))
print(e)
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return f"C({s.v})"
print(sorted([C(2), C(1), C(3)]))
f = [C(2), C(1)]
t(lambda: f.sort(key=lambda c: c.v, reverse=None))
print([] .sort(), sorted([]))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((2, 1)))
class BadLt:
    def __lt__(s, o): raise KeyError("x")
t(lambda: sorted([BadLt(), BadLt()]))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
print(sorted([1.5, 1, True, 0]))
