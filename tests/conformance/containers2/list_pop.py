def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3, 4]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-1), a)
t(lambda: a.pop(5))
t(lambda: a.pop(-5))
t(lambda: [].pop())
t(lambda: [].pop(0))
t(lambda: a.pop("x"))
t(lambda: a.pop(1, 2))
t(lambda: a.pop(2**70))
print(a)
