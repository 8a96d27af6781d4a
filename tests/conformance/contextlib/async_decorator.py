# AsyncContextDecorator and @asynccontextmanager managers used as decorators.
from contextlib import AsyncContextDecorator, asynccontextmanager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

events = []

class actx(AsyncContextDecorator):
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        events.append("enter " + self.name)
        return self
    async def __aexit__(self, typ, val, tb):
        events.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return typ is KeyError

@actx("a")
async def work(x, y=2):
    """Multiply."""
    events.append("work")
    return x * y

print(run(work(3)))
print(run(work(3, y=5)))
print(events)
print(work.__name__, work.__doc__, work.__wrapped__.__name__)
c = work(1)
print(type(c).__name__)
print(run(c))

events.clear()

@actx("s")
async def fails(kind):
    raise kind("failed")

print(run(fails(KeyError)))
try:
    run(fails(ValueError))
except ValueError as e:
    print("ValueError", e)
print(events)

# _recreate_cm default
a = actx("r")
print(a._recreate_cm() is a)

# generator-based async manager as decorator: a fresh generator per call
@asynccontextmanager
async def traced(label):
    events.append("gen enter " + label)
    try:
        yield
    finally:
        events.append("gen exit " + label)

events.clear()

@traced("deco")
async def job(n):
    events.append("job %d" % n)
    return n + 1

print(run(job(1)), run(job(2)))
print(events)

# recursion
events.clear()

@traced("rec")
async def rec(n):
    if n:
        await rec(n - 1)
    events.append("level %d" % n)

run(rec(2))
print(events)

# swallowing through the decorator: the coroutine returns None
@asynccontextmanager
async def quiet():
    try:
        yield
    except ZeroDivisionError:
        events.append("quiet swallowed")

@quiet()
async def div(a, b):
    return a / b

events.clear()
print(run(div(4, 2)), run(div(1, 0)), events)

# decorating a sync function: the call result is awaited, so it fails at await time
@actx("sync")
def sync_fn():
    return 5

try:
    run(sync_fn())
except TypeError as e:
    print(type(e).__name__, e)

# AsyncContextDecorator alone is not an async context manager
class OnlyDeco(AsyncContextDecorator):
    pass

@OnlyDeco()
async def nothing():
    return 1

try:
    run(nothing())
except TypeError as e:
    print(type(e).__name__, e)
