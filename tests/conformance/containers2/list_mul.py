def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
print(a * 3, 3 * a, a * 0, a * -1, [] * 5)
b = a
b *= 2; print(a, b is a)
b *= 0; print(a)
t(lambda: [1] * "x")
t(lambda: [1] * 1.5)
t(lambda: [1] * (2**70))
t(lambda: (1,) * (2**70))
print([1] * True, (1, 2) * 2, 2 * (3,))
c = [[]] * 3
c[0].append(1); print(c)
class I:
    def __index__(self): return 2
print([1] * I(), (0,) * I())
def f():
    x = [1]
    x *= "a"
t(f)
