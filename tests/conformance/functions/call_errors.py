# TypeErrors from calling functions with bad arguments.
def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a

def h():
    return 0

five = 5
text = "str"
nothing = None

calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: f(b=2),
    lambda: g(1, 2, 3),
    lambda: g(1),
    lambda: h(1),
    lambda: h(x=1),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1, 2),
    lambda: len(),
    lambda: len([], []),
    lambda: abs(x=1),
    lambda: five(),
    lambda: text(),
    lambda: nothing(1),
    lambda: [].append(),
    lambda: {}.get(),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except TypeError as e:
        print(i, type(e).__name__, e)
