def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-3], a[8:2:-2], a[100:], a[-100:2])
print(a[1:9:3], a[::-3], a[5:5], a[2**70:], a[-2**70:2])
t(lambda: a[::0])
t(lambda: a["x"])
t(lambda: a[1.0])
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a[2**70])
t(lambda: a[1:2:"x"])
t(lambda: a["a":])
print(a[True], a[slice(None, None, None)])
class I:
    def __index__(self): return 3
print(a[I()], a[I():5], a[:I()])
t(lambda: (1, 2, 3)[I()])
