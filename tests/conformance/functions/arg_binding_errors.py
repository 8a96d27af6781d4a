# Argument binding error messages.
def f(a, b, c=3, *, d, e=5): pass
def g(a, /, b, *, c): pass
def h(*args, **kwargs): pass
def k(): pass
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=1),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2, 3),
    lambda: g(1, 2),
    lambda: k(1),
    lambda: k(x=1),
    lambda: h(1, x=1, **{"x": 2}),
    lambda: (lambda x, y, z: 0)(1),
    lambda: (lambda *, a, b: 0)(),
    lambda: f(1, 2, 3, 4, 5, d=1, e=2),
    lambda: g(1, b=2, c=3, d=4),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "ok")
    except TypeError as e:
        print(i, e)
