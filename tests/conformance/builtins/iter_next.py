# iter() and next() with and without defaults.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
s = iter("ab")
print(type(s).__name__, list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(iter(r) is r, list(r))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter(()))
except StopIteration as e:
    print("empty tuple:", type(e).__name__)
t = iter((10, 20))
print([x for x in t], next(t, "exhausted"))
