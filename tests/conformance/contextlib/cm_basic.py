# @contextmanager: entering, the value bound by `as`, cleanup, arguments, metadata.
from contextlib import contextmanager

log = []

@contextmanager
def tag(name, *, close="/"):
    """Wrap output in a tag."""
    log.append("<" + name + ">")
    yield name.upper()
    log.append("<" + close + name + ">")

with tag("b") as t:
    log.append(t)
print(log)

log.clear()
with tag("i", close="!") as t:
    log.append(t)
print(log)

# no `as`
log.clear()
with tag("p"):
    log.append("body")
print(log)

# yielding None
@contextmanager
def plain():
    yield

with plain() as v:
    print("value", v)

# the body runs between the two halves
@contextmanager
def steps():
    print("before")
    try:
        yield 1
    finally:
        print("after")

with steps() as s:
    print("inside", s)
print("done")

# nested and multiple items
with tag("a") as x, tag("b") as y:
    print("pair", x, y)
print(log[-4:])

# the helper's metadata
print(tag.__name__, tag.__qualname__, tag.__doc__)
print(tag.__wrapped__.__name__)
print(callable(tag))

# the manager object
m = tag("q")
print(type(m).__name__, type(m).__module__)
print(m.__doc__)
print(hasattr(m, "gen"), hasattr(m, "func"), hasattr(m, "args"), hasattr(m, "kwds"))
print(m.args, m.kwds)
with m as val:
    print("val", val)
print(hasattr(m, "func"), hasattr(m, "args"), hasattr(m, "kwds"))

# a generator function without docstring: the manager's doc is its class doc
@contextmanager
def nodoc():
    yield 5
print(nodoc.__doc__)
print(nodoc().__doc__ == type(nodoc()).__doc__)

# extra attributes of the function are copied onto the helper
def f():
    yield
f.marker = "m"
g = contextmanager(f)
print(g.marker, g.__wrapped__ is f, g is not f)

# methods
class Resource:
    def __init__(self):
        self.open = False
    @contextmanager
    def opened(self):
        self.open = True
        try:
            yield self
        finally:
            self.open = False

r = Resource()
with r.opened() as rr:
    print(rr is r, r.open)
print(r.open)
print(Resource.opened.__qualname__)

# the generator runs lazily: nothing happens until __enter__
@contextmanager
def noisy():
    print("noisy starts")
    yield
made = noisy()
print("made")
with made:
    print("in noisy")

# return value of the with statement body does not matter; manager may return early
def func():
    with tag("r") as x:
        return x + "!"
print(func())
print(log[-2:])

# loop with break / continue through a generator manager
for i in range(4):
    with tag(str(i)):
        if i == 1:
            continue
        if i == 3:
            break
print(log[-8:])
