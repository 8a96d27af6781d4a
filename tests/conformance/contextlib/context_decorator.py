# ContextDecorator: class-based managers usable as decorators.
from contextlib import ContextDecorator

events = []

class mycontext(ContextDecorator):
    def __init__(self, name="ctx"):
        self.name = name
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        events.append("enter " + self.name)
        return self
    def __exit__(self, typ, val, tb):
        events.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return isinstance(val, KeyError)

ctx = mycontext("a")

@ctx
def f(x, y=1):
    """doc of f"""
    events.append("f %s %s" % (x, y))
    return x * y

print(f(3, y=5))
print(events)
print(f.__name__, f.__doc__, f.__qualname__, f.__wrapped__.__name__)
print(ctx.entered)

events.clear()

@ctx
def g():
    raise KeyError("suppressed")

print(g())
print(events)

events.clear()

@ctx
def h():
    raise ValueError("not suppressed")

try:
    h()
except ValueError as e:
    print("ValueError", e)
print(events)

# the same object as a plain context manager
events.clear()
with ctx as c:
    print(c is ctx)
print(events, ctx.entered)

# _recreate_cm override: a new manager per call
class fresh(ContextDecorator):
    made = 0
    def __init__(self):
        fresh.made += 1
        self.serial = fresh.made
    def _recreate_cm(self):
        return fresh()
    def __enter__(self):
        print("enter serial", self.serial)
    def __exit__(self, *exc):
        print("exit serial", self.serial)

@fresh()
def k():
    print("k runs")

k()
k()
print(fresh.made)

# default _recreate_cm returns self
d = mycontext()
print(d._recreate_cm() is d)

# ContextDecorator alone is not a context manager
class OnlyDeco(ContextDecorator):
    pass

@OnlyDeco()
def noop():
    return 1

try:
    noop()
except TypeError as e:
    print(type(e).__name__, e)

# decorating a method and a lambda
class Obj:
    @mycontext("m")
    def method(self, v):
        return v + 1

events.clear()
print(Obj().method(1))
print(events)
lam = mycontext("lam")(lambda: "lambda result")
print(lam(), lam.__name__)

# decorated generator functions: the manager only wraps creation of the generator
events.clear()

@mycontext("gen")
def gen():
    events.append("gen body")
    yield 1

it = gen()
print(events)
print(list(it))
print(events)

# nested decorators
events.clear()

@mycontext("outer")
@mycontext("inner")
def nested():
    events.append("nested body")

nested()
print(events)

# __call__ of a ContextDecorator works on any callable
print(mycontext("c")(len)([1, 2, 3]))
