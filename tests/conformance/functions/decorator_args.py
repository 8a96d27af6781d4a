# Decorators with arguments, stacked decorators, decorators returning non-functions.
calls = []

def tag(label):
    calls.append("factory " + label)
    def deco(fn):
        calls.append("apply " + label)
        def wrapper(*args, **kwargs):
            return label + "(" + str(fn(*args, **kwargs)) + ")"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@tag("outer")
@tag("inner")
def value(x, y=1):
    return x + y

print(value(2), value(2, y=5), value.__name__)
print(calls)

def repeat(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco

@repeat(3)
def hello(who):
    return "hi " + who
print(hello("bob"))

def to_value(fn):
    return fn()

@to_value
def computed():
    return 42
print(computed, type(computed).__name__)

registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco

@register()
def alpha(): return "a"
@register("b2")
def beta(): return "b"
print(sorted(registry), registry["b2"]())

@(lambda fn: lambda *a: fn(*a) * 2)
def doubled(x):
    return x + 1
print(doubled(4))

def counting(fn):
    def inner(*a):
        inner.count += 1
        return fn(*a)
    inner.count = 0
    return inner

@counting
def noop(): pass
noop(); noop(); noop()
print(noop.count)
