# Evaluation order in assignments: value first, then targets left to right.
log = []
class_like = {}
def k(x):
    log.append(x)
    return x

d = {}
d[k("key1")] = d[k("key2")] = k("value")
print(log, d)
log.clear()

a = [0, 0, 0]
i = 0
i, a[i] = 1, 5
print(i, a)

x = y = []
x.append(1)
print(y, x is y)

x, y = 1, 2
x, y = y, x
print(x, y)

lst = [1, 2, 3]
lst[k(0)], lst[k(2)] = lst[k(2)], lst[k(0)]
print(lst, log)
log.clear()

def seq():
    log.append("seq")
    return [10, 20]
(p, q) = [r, s] = seq()
print(p, q, r, s, log)

a = b = c = 7
print(a, b, c)
n = [[0] * 2] * 2
n[0][0] = 9
print(n)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 9
print(m)
t = u = (1, 2)
t += (3,)
print(t, u)
