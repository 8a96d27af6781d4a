def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: sorted([3,1,2]))
t(lambda: sorted([3,1,2], reverse=True))
t(lambda: sorted(["bb","a","ccc"], key=len))
t(lambda: sorted(["bb","a","ccc"], key=len, reverse=True))
t(lambda: sorted([(1,"b"),(1,"a"),(0,"z")], key=lambda p: p[0]))
t(lambda: sorted("hello"))
t(lambda: sorted({3:1, 1:2}))
t(lambda: sorted([1,"a"]))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted([1], cmp=None))
t(lambda: sorted(5))
t(lambda: sorted([3,1], key=None))
t(lambda: sorted([], reverse=True))
t(lambda: sorted([1,2], reverse="x"))
t(lambda: sorted([1,2], key=5))
t(lambda: sorted(iterable=[1]))
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return "K(%d)" % s.v
t(lambda: sorted([K(3), K(1), K(2)]))
t(lambda: sorted([1.5, 1, True, -2]))
t(lambda: sorted([[2,1],[1,5],[1]]))
print(sorted([5,2,8,1], key=lambda x: -x))
stab = sorted([("a",2),("b",1),("c",2),("d",1)], key=lambda p: p[1], reverse=True)
print(stab)
