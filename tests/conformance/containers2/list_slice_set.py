def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(6))
a[1:3] = "xyz"; print(a)
a[::2] = [0, 0, 0, 0][:len(a[::2])]; print(a)
def f():
    b = [1, 2, 3, 4, 5]
    b[::2] = [1, 2]
t(f)
def g():
    b = [1, 2, 3]
    b[::-1] = [1]
t(g)
def h():
    b = [1, 2]
    b[0:1] = 5
t(h)
def h2():
    b = [1, 2]
    b[::2] = 5
t(h2)
c = [1, 2, 3]
c[:] = c; print(c)
c[1:1] = c; print(c)
c[::-1] = c; print(c)
d = [1, 2, 3, 4]
d[3:1] = [9]; print(d)
d[-100:1] = []; print(d)
d[100:] = [7, 8]; print(d)
e = [0, 1, 2, 3, 4, 5]
del e[::2]; print(e)
del e[::-1]; print(e)
f2 = [0, 1, 2, 3, 4, 5]
del f2[1:3]; print(f2)
def k():
    del f2[::0]
t(k)
def k2():
    del f2[10]
t(k2)
def k3():
    f2[10] = 1
t(k3)
def k4():
    f2["a"] = 1
t(k4)
def k5():
    del f2["a"]
t(k5)
g2 = [1, 2, 3]
g2[0:2:1] = (x for x in "ab"); print(g2)
g2[::1] = range(2); print(g2)
g2[-1] = 9; print(g2)
