# CPython's exact messages for common runtime errors (part 1).
def show(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, "|", type(e).__name__, "|", e)

show("int('x')", lambda: int("x"))
show("[].pop()", lambda: [].pop())
show("{}['k']", lambda: {}["k"])
show("1/0", lambda: 1 / 0)
show("'a' + 1", lambda: "a" + 1)
show("len(5)", lambda: len(5))
show("None.attr", lambda: None.attr)
show("'abc'[10]", lambda: "abc"[10])
show("iter(5)", lambda: iter(5))
show("[1,2].remove(9)", lambda: [1, 2].remove(9))
show("float('x')", lambda: float("x"))
show("'x' * 1.5", lambda: "x" * 1.5)
show("{}.x", lambda: {}.x)
show("(1).foo", lambda: (1).foo)
show("undefined", lambda: undefined_variable)
show("chr(-1)", lambda: chr(-1))
show("sorted([1,'a'])", lambda: sorted([1, "a"]))
show("hash([])", lambda: hash([]))
show("dict(a=1)['b']", lambda: dict(a=1)["b"])
