# Exceptions raised inside comprehensions propagate.
def check(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

check("div", lambda: [10 // x for x in [5, 2, 0, 1]])
check("key", lambda: {k: {"a": 1}[k] for k in "ab"})
check("index", lambda: [[1, 2][i] for i in range(3)])
check("attr", lambda: [x.upper() for x in ["a", 1]])
check("type", lambda: sum(x for x in [1, "2"]))
check("iter", lambda: [x for x in None])
check("nested", lambda: [[y for y in x] for x in [[1], 2]])
check("ok", lambda: [x for x in range(3)])
check("int", lambda: [int(s) for s in ["1", "two"]])
check("set", lambda: {x for x in [[1]]})
check("dict", lambda: {x: 1 for x in [{}]})
