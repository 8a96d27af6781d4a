# await on coroutines, on objects with __await__, and the errors for other objects.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(self.v)

class GenAwait:
    def __await__(self):
        yield "tick"
        return "gen-await result"

class IterAwait:
    def __await__(self):
        return iter([1, 2, 3])

async def main():
    print(await Ready("ready value"))
    print(await GenAwait())
    print(await IterAwait())
    return "main done"

print(run(main()))

async def await_bad(obj):
    return await obj

for obj in [1, "s", None, [1], object()]:
    try:
        run(await_bad(obj))
    except TypeError as e:
        print(type(e).__name__, e)

class NotIter:
    def __await__(self):
        return 5

class ReturnsCoro:
    def __await__(self):
        return await_bad(1)

class AwaitIsNone:
    __await__ = None

for obj in [NotIter(), ReturnsCoro(), AwaitIsNone()]:
    try:
        run(await_bad(obj))
    except TypeError as e:
        print(type(e).__name__, e)

# A plain generator is not awaitable.
def plain_gen():
    yield 1

try:
    run(await_bad(plain_gen()))
except TypeError as e:
    print(type(e).__name__, e)

# await of the coroutine's __await__ wrapper is not allowed either; it is an iterator.
async def inner():
    return "inner"

w = inner().__await__()
print(type(w).__name__)
try:
    w.send(None)
except StopIteration as e:
    print("wrapper result", e.value)

# The same coroutine awaited twice.
async def once():
    return 1

async def twice():
    c = once()
    a = await c
    try:
        b = await c
    except RuntimeError as e:
        print(type(e).__name__, e)
    return a

print(run(twice()))

# await in expressions.
async def num(n):
    return n

async def exprs():
    total = await num(1) + await num(2) * await num(3)
    items = [await num(i) for i in range(3)]
    d = {await num("k"): await num("v")}
    s = f"{await num('f')}-string"
    cond = await num(1) if await num(False) else await num(2)
    return total, items, d, s, cond

print(run(exprs()))

# Awaiting an exception-raising __await__.
class Raises:
    def __await__(self):
        raise KeyError("from __await__")

async def await_raises():
    try:
        await Raises()
    except KeyError as e:
        return "caught " + repr(e)

print(run(await_raises()))
