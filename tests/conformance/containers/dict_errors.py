# Errors from dict operations, KeyError formatting.
d = {"a": 1, 2: "two", (1, 2): "tuple"}
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e, repr(e))

show(lambda: d["missing"])
show(lambda: d[3])
show(lambda: d[(3, 4)])
show(lambda: d[""])
show(lambda: d[None])
show(lambda: d[[1]])
show(lambda: d.pop("zz"))
show(lambda: {}.popitem())
show(lambda: d[{}])
show(lambda: {"k": 1}["K"])
show(lambda: dict.fromkeys(5))
show(lambda: {}.update(5))
show(lambda: {}.update([(1, 2, 3)]))
show(lambda: d.nonexistent)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(type(e).__name__, e)
try:
    raise KeyError()
except KeyError as e:
    print(type(e).__name__, repr(str(e)))
