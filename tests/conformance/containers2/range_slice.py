def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::2], r[-3:], r[5:2], r[1:8:3], r[100:200], r[::-3])
print(list(r[2:5]), list(r[::-1]))
t(lambda: r[::0])
t(lambda: r[1:"a"])
print(range(10)[::-1] == range(9, -1, -1))
print(range(5, 0, -1)[1:3], range(0)[::-1], range(3)[-100:100])
class I:
    def __index__(self): return 2
print(r[I():], r[I()])
