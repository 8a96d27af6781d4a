# @asynccontextmanager protocol errors and StopIteration / StopAsyncIteration handling.
from contextlib import asynccontextmanager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

@asynccontextmanager
async def yields_after_catch():
    try:
        yield
    except ValueError:
        yield

@asynccontextmanager
async def plain():
    yield

@asynccontextmanager
async def reraise():
    try:
        yield
    except BaseException:
        raise

async def main():
    try:
        async with no_yield():
            print("never")
    except RuntimeError as e:
        print(type(e).__name__, e, e.__context__, e.__suppress_context__)

    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)

    m = two_yields()
    await m.__aenter__()
    try:
        await m.__aexit__(None, None, None)
    except RuntimeError as e:
        print(type(e).__name__, e, m.gen.ag_frame is None)

    try:
        async with yields_after_catch():
            raise ValueError("v")
    except RuntimeError as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))

    # StopIteration / StopAsyncIteration in the body propagate unchanged
    for exc in (StopIteration("s"), StopAsyncIteration("sa")):
        try:
            async with plain():
                raise exc
        except (StopIteration, StopAsyncIteration) as e:
            print("propagated", type(e).__name__, e is exc)
        try:
            async with reraise():
                raise exc
        except (StopIteration, StopAsyncIteration) as e:
            print("re-raised", type(e).__name__, e is exc)
        except RuntimeError as e:
            print("runtime", e)

    # RuntimeError in the body
    r = RuntimeError("body rt")
    try:
        async with plain():
            raise r
    except RuntimeError as e:
        print("runtime same", e is r)

    # the generator raising its own StopAsyncIteration
    @asynccontextmanager
    async def own_stop():
        try:
            yield
        except KeyError:
            raise StopAsyncIteration("own")

    try:
        async with own_stop():
            raise KeyError("k")
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))

    # entering twice
    m = plain()
    async with m:
        pass
    try:
        async with m:
            pass
    except AttributeError as e:
        print(type(e).__name__, e)

    # a non-generator
    @asynccontextmanager
    def coroutine_not_gen():
        return 1
    try:
        async with coroutine_not_gen():
            pass
    except TypeError as e:
        print(type(e).__name__, e)

    # catches everything and stops: swallowed
    @asynccontextmanager
    async def catch_all():
        try:
            yield
        except BaseException as e:
            print("caught", type(e).__name__)

    async with catch_all():
        raise StopAsyncIteration
    async with catch_all():
        raise GeneratorExit
    print("swallowed both")

    # __aexit__ with StopAsyncIteration type only
    m = plain()
    await m.__aenter__()
    print(await m.__aexit__(StopAsyncIteration, None, None))
    return "done"

print(run(main()))

# plain `with` on an async generator manager
try:
    with plain():
        pass
except TypeError as e:
    print(type(e).__name__, e)
