def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
it = iter(a)
print(type(it).__name__, next(it), it.__length_hint__())
print(list(it), list(it))
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if x == 1:
        b.append(4)
print(out)
c = [1, 2, 3, 4]
for x in c:
    c.remove(x)
print(c)
it = iter([1, 2])
print(iter(it) is it)
print(list(enumerate(["a", "b"], 1)))
i2 = iter([1, 2, 3])
next(i2)
print(i2.__length_hint__(), list(i2))
