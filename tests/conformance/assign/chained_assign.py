# Chained assignment and evaluation order.
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = [0, 0]
p[0] = q[1] = 5
print(p, q)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
def trace(label, value):
    print("eval", label)
    return value
d = {}
d[trace("key", "k")] = trace("value", 1)
print(d)
t = [None, None]
t[trace("idx0", 0)], t[trace("idx1", 1)] = trace("rhs", ("A", "B"))
print(t)
m = n = 1
m += 1
print(m, n)
s1 = s2 = "str"
s1 += "!"
print(s1, s2)
