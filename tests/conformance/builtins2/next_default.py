def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

it = iter([1])
print(next(it, "d"), next(it, "d"), next(it, None))
t(lambda: next(iter([])))
t(lambda: next([1]))
t(lambda: next(5, 1))
t(lambda: next())
t(lambda: next(iter([]), 1, 2))
def gen():
    yield 1
    return "val"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "after"))
class It:
    def __next__(s): raise StopIteration("x")
t(lambda: next(It()))
print(next(It(), "dflt"))
class It2:
    def __next__(s): raise KeyError("k")
t(lambda: next(It2(), 0))
