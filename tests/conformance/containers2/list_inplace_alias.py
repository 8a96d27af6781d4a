def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
b = a
a += [3]
print(b, a is b)
a = a + [4]
print(b, a is b)
c = [0]
c[0] += 5; print(c)
d = [[1]]
d[0] += [2]; print(d)
t0 = ([1],)
try:
    t0[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t0)
x = [1, 2, 3]
x[1:2] += [9]
print(x)
