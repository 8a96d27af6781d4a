# Async generators: async for over them, __anext__/asend, ag_* attributes.

def run(coro):
    try:
        while True:
            print("  yielded", repr(coro.send(None)))
    except StopIteration as e:
        return e.value

class Suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def agen(n):
    for i in range(n):
        await Suspend(("tick", i))
        yield i * 10

a = agen(2)
print(type(a).__name__, a.__name__, a.__qualname__)
print(repr(a).startswith("<async_generator object agen at 0x"))
print(a.ag_running, a.ag_await, a.ag_code is agen.__code__, a.ag_frame is not None)
print(a.__aiter__() is a)

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out

print(run(consume()))

# Driving __anext__ by hand: the awaitable yields the inner suspensions, then StopIteration
# carries the async generator's value.
a = agen(1)
aw = a.__anext__()
print(type(aw).__name__)
print(aw.send(None))
try:
    aw.send("resume")
except StopIteration as e:
    print("anext value", e.value)
aw = a.__anext__()
try:
    aw.send(None)
except StopAsyncIteration:
    print("exhausted")
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# Values sent with asend() arrive at the yield.
async def echo():
    received = None
    while True:
        received = yield ("echo", received)

e = echo()
for value in [None, "a", "b"]:
    try:
        e.asend(value).send(None)
    except StopIteration as stop:
        print(stop.value)

# An async generator without awaits.
async def plain():
    yield 1
    yield 2

async def collect():
    return [x async for x in plain()]

print(run(collect()))

# return without a value ends it.
async def early():
    yield "first"
    return
    yield "never"

async def collect_early():
    return [x async for x in early()]

print(run(collect_early()))

# ag_running while an __anext__ is in progress.
async def slow():
    await Suspend("slow")
    yield "s"

s = slow()
aw = s.__anext__()
aw.send(None)
print("ag_running:", s.ag_running)
aw2 = s.__anext__()
try:
    aw2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
print("ag_running:", s.ag_running)

# Async generators are not iterable with a plain for.
try:
    for x in plain():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(plain())
except TypeError as e:
    print(type(e).__name__, e)

# Exceptions inside propagate through __anext__.
async def failing():
    yield 1
    raise ValueError("agen failed")

async def consume_failing():
    got = []
    try:
        async for x in failing():
            got.append(x)
    except ValueError as e:
        got.append(str(e))
    return got

print(run(consume_failing()))

# StopAsyncIteration / StopIteration raised inside become RuntimeError.
async def bad_stop():
    yield 1
    raise StopAsyncIteration

async def bad_stop2():
    yield 1
    raise StopIteration

for fn in (bad_stop, bad_stop2):
    async def go():
        return [x async for x in fn()]
    try:
        run(go())
    except RuntimeError as err:
        print(type(err).__name__, err)
