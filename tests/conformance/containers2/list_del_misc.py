def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3, 4, 5]
del a[0]; print(a)
del a[-1]; print(a)
del a[:]; print(a)
b = list(range(10))
del b[1::3]; print(b)
del b[::-2]; print(b)
del b[100:]; print(b)
def f():
    c = [1]
    del c[5]
t(f)
def g():
    c = [1]
    del c[-5]
t(g)
def h():
    c = [1]
    c[-5] = 0
t(h)
c = [1, 2, 3]
c[-1] = 'x'; print(c)
c[True] = 'y'; print(c)
def h2():
    c[1.0] = 1
t(h2)
def h3():
    c[None] = 1
t(h3)
