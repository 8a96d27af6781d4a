# @asynccontextmanager: basics, exceptions, metadata.
from contextlib import asynccontextmanager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Yield:
    def __await__(self):
        yield "suspended"

log = []

@asynccontextmanager
async def resource(name):
    """An async resource."""
    log.append("open " + name)
    await Yield()
    try:
        yield name * 2
    finally:
        await Yield()
        log.append("close " + name)

async def main():
    async with resource("ab") as r:
        log.append("body " + r)
    print(log)

    # exception in the body propagates after cleanup
    log.clear()
    try:
        async with resource("x"):
            raise ValueError("async body")
    except ValueError as e:
        print("ValueError", e, log)

    # nested
    log.clear()
    async with resource("1") as a, resource("2") as b:
        log.append(a + b)
    print(log)

    # swallowing
    @asynccontextmanager
    async def swallow():
        try:
            yield
        except KeyError as e:
            print("swallowed", repr(e))

    async with swallow():
        raise KeyError("k")
    print("after swallow")

    # re-raising the same exception object
    @asynccontextmanager
    async def reraise():
        try:
            yield
        except Exception:
            raise

    err = TypeError("same")
    try:
        async with reraise():
            raise err
    except TypeError as e:
        print("same object", e is err)

    # converting
    @asynccontextmanager
    async def convert():
        try:
            yield
        except KeyError as e:
            raise LookupError("converted") from e

    try:
        async with convert():
            raise KeyError("orig")
    except LookupError as e:
        print(type(e).__name__, e, repr(e.__cause__))

    # returning from inside the body
    async def get():
        async with resource("ret") as v:
            return v
    log.clear()
    print(await get(), log)

    # the manager object
    m = resource("m")
    print(type(m).__name__, m.__doc__)
    print(m.args, m.kwds, m.func.__name__)
    async with m as v:
        print("v", v)
    print(hasattr(m, "args"))

    # direct __aexit__ calls
    m = swallow()
    await m.__aenter__()
    print(await m.__aexit__(KeyError, KeyError("direct"), None))
    m = swallow()
    await m.__aenter__()
    print(await m.__aexit__(None, None, None))
    m = swallow()
    await m.__aenter__()
    print(await m.__aexit__(KeyError, None, None))
    m = reraise()
    await m.__aenter__()
    v = ValueError("v")
    print(await m.__aexit__(ValueError, v, None))
    return "done"

print(run(main()))
print(resource.__name__, resource.__doc__, resource.__wrapped__.__name__)

# the coroutine actually suspends at the awaits
c = main()
steps = 0
try:
    while True:
        c.send(None)
        steps += 1
except StopIteration:
    pass
print("steps", steps > 0)

# creating the manager does not start the generator
@asynccontextmanager
async def lazy():
    print("lazy started")
    yield
m = lazy()
print("created")
async def use():
    async with m:
        print("using")
run(use())
