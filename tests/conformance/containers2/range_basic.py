def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1), repr(range(0)))
print(list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(-5)), list(range(3, 3)))
t(lambda: range(1, 2, 0))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1.5))
t(lambda: range("a"))
t(lambda: range(1, 2.0))
t(lambda: range(x=1))
r = range(2, 20, 3)
print(r.start, r.stop, r.step, len(r), r[0], r[-1], r[2])
t(lambda: r[100])
t(lambda: r[-100])
t(lambda: r["a"])
print(r.index(5), r.count(5), r.count(6), r.count(5.0), 5 in r, 6 in r, 5.0 in r, "a" in r)
t(lambda: r.index(6))
t(lambda: r.index("x"))
t(lambda: r.index())
print(range(3).index(True), range(0).count(0))
class I:
    def __index__(self): return 4
print(range(I()), list(range(I())))
print(bool(range(0)), bool(range(1)), range(0, 5, 2).__len__())
t(lambda: r.start.__class__)
def f():
    r.start = 5
t(f)
print(type(iter(range(3))).__name__, type(iter(range(2**70))).__name__)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(type(reversed(range(3))).__name__)
