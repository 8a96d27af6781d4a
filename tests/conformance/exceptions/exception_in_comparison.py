# Exceptions from operations inside expressions, caught with exact messages.
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
show("cmp", lambda: [1, 2] < [1, "x"])
show("sort", lambda: sorted([(1, "a"), (1, 2)]))
show("max", lambda: max([1, None]))
show("in", lambda: [] in {1: 2})
show("index", lambda: "abc".index("d"))
show("float-op", lambda: 1.0 + "x")
show("ok", lambda: 1 < 2 < 3)
show("bad-mod", lambda: "%d" % "x")
show("neg-shift", lambda: 1 << -5)
show("big-float", lambda: float(2**2000))
show("str-int", lambda: str(int("1" * 10)))
show("bytes+str", lambda: b"a" + "b")
show("dict-cmp", lambda: {} < {})
