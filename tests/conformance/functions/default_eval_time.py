# Defaults are evaluated once, when def executes.
calls = []
def make_default(v):
    calls.append(v)
    return v

def f(a=make_default("A"), b=make_default("B")):
    return a, b

print(calls)
print(f(), f(1), calls)
def counter(memo={}):
    memo["n"] = memo.get("n", 0) + 1
    return memo["n"]
print(counter(), counter(), counter({}), counter())
funcs = []
for i in range(3):
    def fn(i=i):
        return i * 10
    funcs.append(fn)
print([fn() for fn in funcs])
def g(x, items=[]):
    items = items + [x]
    return items
print(g(1), g(2))
def h(*, key=len("abc")):
    return key
print(h(), h.__kwdefaults__)
