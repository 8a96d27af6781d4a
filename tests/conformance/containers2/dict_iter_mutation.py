def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 1, 2: 2}
def f():
    for k in d:
        d[k + 10] = 1
t(f)
print(len(d))
d = {1: 1, 2: 2}
def g():
    for k in d:
        del d[k]
t(g)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
d = {1: 1, 2: 2}
def h():
    for k in d.values():
        d.pop(2)
t(h)
d = {1: 1, 2: 2}
def h2():
    for k in d.items():
        d.clear()
t(h2)
d = {1: 1, 2: 2}
def h3():
    for k in reversed(d):
        d[3] = 3
t(h3)
d = {1: 1}
def h4():
    for k in d:
        del d[1]
        d[2] = 2
t(h4)
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
d.pop(1); d[4] = 4
t(lambda: next(it))
