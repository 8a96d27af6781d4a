# TypeErrors of async for.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def loop(obj):
    async for x in obj:
        pass

class NoAnext:
    def __aiter__(self):
        return self

class AiterReturnsInt:
    def __aiter__(self):
        return 1

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

class SyncIterOnly:
    def __iter__(self):
        return iter([1])

for obj in [1, [1, 2], SyncIterOnly(), NoAnext(), AiterReturnsInt(), BadAnext()]:
    try:
        run(loop(obj))
    except TypeError as e:
        print(type(e).__name__, e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)

# A coroutine is not an async iterable.
async def coro():
    return 1

c = coro()
try:
    run(loop(c))
except TypeError as e:
    print(type(e).__name__, e)
c.close()

# async for in a comprehension over a non-async iterable.
items = [1, 2]

async def comp():
    return [x async for x in items]

try:
    run(comp())
except TypeError as e:
    print(type(e).__name__, e)
