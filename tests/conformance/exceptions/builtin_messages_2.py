# CPython's exact messages for common runtime errors (part 2).
def show(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, "|", type(e).__name__, "|", e)

def two(a, b):
    return a
n = None
show("missing arg", lambda: two(1))
show("extra arg", lambda: two(1, 2, 3))
show("bad kwarg", lambda: two(1, c=2))
show("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
show("unpack few", lambda: [a for a, b, c in [(1, 2)]])
show("call None", lambda: n())
show("subscript None", lambda: n[0])
show("None + 1", lambda: n + 1)
show("int < str", lambda: 1 < "a")
show("str.join ints", lambda: "".join([1, 2]))
show("list * list", lambda: [1] * [2])
show("dict key list", lambda: {[1]: 2})
show("int(1, 2)", lambda: int(1, 2))
show("round str", lambda: round("1"))
show("abs str", lambda: abs("x"))
show("next list", lambda: next([1]))
show("range float", lambda: range(1.5))
show("zip strict", lambda: list(zip([1], [1, 2], strict=True)))
show("ord long", lambda: ord("ab"))
show("pow mod 0", lambda: pow(2, 3, 0))
show("str index", lambda: "abc".index("z"))
def exec_like_assign():
    t = (1, 2)
    t[0] = 5
show("tuple assign", exec_like_assign)
