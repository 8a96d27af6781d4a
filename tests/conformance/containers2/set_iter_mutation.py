def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
def f():
    for x in s:
        s.add(x + 10)
t(f)
s = {1, 2, 3}
def g():
    for x in s:
        s.discard(x)
t(g)
s = {1, 2, 3}
it = iter(s)
print(type(it).__name__, it.__length_hint__())
next(it)
print(it.__length_hint__())
s.add(9)
t(lambda: next(it))
s = {1, 2}
for x in s:
    s.add(1)
print(s)
s = {1, 2}
def h():
    for x in s:
        s.remove(x)
        s.add(x + 100)
t(h)
