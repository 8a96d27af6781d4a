def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class V:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __gt__(s, o): return s.v > o.v
    def __repr__(s): return "V%d" % s.v
t(lambda: max([V(1), V(3), V(2)]))
t(lambda: min(V(5), V(4)))
def kerr(x):
    raise KeyError(x)
t(lambda: max([1, 2], key=kerr))
t(lambda: max([1], key=kerr))
t(lambda: max([], key=kerr))
class NoCmp: pass
t(lambda: max(NoCmp(), NoCmp()))
t(lambda: type(min([NoCmp()])).__name__)
print(max([1, 1.0, True]), min([1, 1.0, True]))
print(max([(1, "a"), (1, "b")]), min("b", "a", "c"))
print(max({3: 0, 9: 0, 1: 0}), min({"b", "a"}))
t(lambda: max(1, 2, 3, key=lambda x: -x, default=5))
t(lambda: max(default=5))
t(lambda: min(key=len))
print(max([3, 1], default=None), max(range(5), key=lambda x: (x % 2, x)))
