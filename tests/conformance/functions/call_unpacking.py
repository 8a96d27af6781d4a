# Argument unpacking at call sites.
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw

print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2, 3], *[4], x=1, **{"y": 2}))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(*"ab", **{"z": 26}))
print(f(*range(2), c=9))
args = [1, 2]
kwargs = {"c": 3, "d": 4}
print(f(*args, **kwargs), args, kwargs)
print(max(*[3, 1, 2]), min(*"zyx"), print(*[], sep=","))
def g(*args):
    return sum(args)
print(g(*range(10), *range(5)))
try:
    f(*[1], **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{"c": 1}, c=2)
except TypeError as e:
    print(type(e).__name__, e)
