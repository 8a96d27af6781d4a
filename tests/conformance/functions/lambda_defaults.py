# Lambdas: defaults, keyword-only, varargs, nesting, immediate call.
f = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(f(1))
print(f(1, 3, 5, 6, d=7, z=8))
print((lambda *a: a)(1, 2, 3), (lambda **k: sorted(k))(y=1, x=2))
print((lambda: "no args")())
print((lambda x: lambda y: x + y)(10)(5))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
g = lambda x, /, y: (x, y)
print(g(1, y=2))
try:
    g(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
h = lambda *, k: k
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
print(h(k="kw"))
default = [0]
m = lambda acc=default: acc.append(1) or acc
m(); m()
print(default, m.__defaults__[0] is default)
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
