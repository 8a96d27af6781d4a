def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.index(2, 0, 2))
t(lambda: a.index(2, 4))
t(lambda: a.index(9))
t(lambda: a.index(3, 0, 2))
t(lambda: a.index())
t(lambda: a.index(1, "a"))
print(a.index(1, -100, 100))
print(a.index(1, 2**70 * -1))
t(lambda: a.index(1, 0, -100))
print(a.count(1), a.count(9), a.count(1.0), [[1]].count([1]))
t(lambda: a.count())
print(a.index(2, None) if False else "skip")
t(lambda: a.index(1, None))
nan = float("nan")
b = [nan]
print(b.count(nan), b.index(nan))
