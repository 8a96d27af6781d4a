# **kwargs parameters.
def collect(**kwargs):
    return kwargs

print(collect(), collect(a=1), collect(b=2, a=1, c=3))

def describe(name, **attrs):
    parts = [name]
    for key, value in attrs.items():
        parts.append(f"{key}={value!r}")
    return " ".join(parts)

print(describe("box", width=3, height=4, label="x"))
print(describe(**{"name": "dict-name", "z": 0}))
def both(*args, **kwargs):
    return args, kwargs
print(both(1, 2, x=3), both(), both(*[1], **{"k": "v"}))
opts = {"sep": "-", "end": "!\n"}
print("a", "b", **opts)
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, y=2, x=3), kw_order(**{"b": 1}, a=2))
try:
    collect(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe("n", **{"name": "dup"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(**[1])
except TypeError as e:
    print(type(e).__name__, e)
