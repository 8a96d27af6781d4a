def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
a.reverse(); print(a)
b = a.copy(); b.append(4); print(a, b)
a.clear(); print(a)
t(lambda: a.reverse(1))
t(lambda: a.copy(1))
t(lambda: a.clear(1))
print(list(reversed([1, 2, 3])))
r = reversed([1, 2])
print(type(r).__name__, r.__length_hint__())
print(next(r), next(r))
t(lambda: next(r))
x = [1, 2, 3]
r = reversed(x)
next(r)
x.clear()
t(lambda: next(r))
print(list(reversed([])))
