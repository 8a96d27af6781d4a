def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t0 = (1, 2, 3, 2, 1)
print(t0.count(2), t0.count(9), t0.index(2), t0.index(2, 2), t0.index(1, -1), t0.index(2, 0, 2))
t(lambda: t0.index(9))
t(lambda: t0.index(3, 0, 2))
t(lambda: t0.index())
t(lambda: t0.count())
t(lambda: t0.index(1, "x"))
print(t0[1:3], t0[::-1], t0[::2], t0[-2:], t0[10:], t0[:])
t(lambda: t0[10])
t(lambda: t0["a"])
t(lambda: t0[::0])
print((1,), (), (1, 2), ((1,),), tuple("ab"), tuple([1]), tuple(range(0)))
print(repr((1,)), str(("a",)))
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
print(tuple() is tuple(), (1,) + (2,), (1,) * 2)
t(lambda: (1,) + [2])
t(lambda: (1,) + 1)
def f():
    x = (1,)
    x += [2]
t(f)
x = (1,)
x += (2,); print(x)
x *= 2; print(x)
t(lambda: (1, 2).append(3))
def g():
    (1, 2)[0] = 1
t(g)
def g2():
    del (1, 2)[0]
t(g2)
class T(tuple): pass
print(T((1, 2)), type(T((1,)) + (2,)).__name__, T() == ())
