# Reusing coroutines: already awaited, being awaited, closed.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def value():
    return "v"

c = value()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.throw(ValueError("x"))
except RuntimeError as e:
    print("throw:", type(e).__name__, e)
print("close:", c.close())

# A closed (never started) coroutine cannot be awaited.
c = value()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("closed:", e)

# A coroutine that raised cannot be resumed.
async def bad():
    raise KeyError("k")

c = bad()
try:
    c.send(None)
except KeyError:
    print("raised once")
try:
    c.send(None)
except RuntimeError as e:
    print("then:", e)

class Suspend:
    def __await__(self):
        yield "s"

async def slow():
    await Suspend()
    return "slow done"

async def awaits(c):
    return await c

# The same coroutine awaited from two places at once.
shared = slow()
a = awaits(shared)
print(a.send(None))
b = awaits(shared)
try:
    b.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    a.send(None)
except StopIteration as e:
    print("a finished:", e.value)

# Awaiting an already awaited coroutine inside another coroutine.
async def reawait():
    c = value()
    await c
    await c

try:
    run(reawait())
except RuntimeError as e:
    print("reawait:", e)
