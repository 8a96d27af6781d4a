def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3}
a.update([4], (5,), range(6, 7)); print(a)
a.intersection_update({1, 2, 3, 4}, [1, 2, 3]); print(a)
a.difference_update([1], {2}); print(a)
a.symmetric_difference_update([3, 9]); print(a)
t(lambda: a.update(1))
t(lambda: a.symmetric_difference_update())
t(lambda: a.intersection_update(1))
t(lambda: a.difference_update(None))
s = {1, 2}
s |= {3}; print(s)
s &= {1, 3}; print(s)
s -= {1}; print(s)
s ^= {3, 4}; print(s)
def f():
    x = {1}
    x |= [2]
t(f)
def g():
    x = {1}
    x &= [2]
t(g)
def g2():
    x = {1}
    x -= [2]
t(g2)
def g3():
    x = {1}
    x ^= [2]
t(g3)
s = {1, 2}
s2 = s
s2 |= {5}
print(s is s2, s)
s = {1, 2, 3}
s.difference_update(s); print(s)
s = {1, 2, 3}
s.symmetric_difference_update(s); print(s)
s = {1, 2, 3}
s.intersection_update(); print(s)
print(a.update(), a)
