# AsyncExitStack: exceptions, suppression and context chaining.
from contextlib import AsyncExitStack, suppress, asynccontextmanager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def chain(e):
    out = []
    n = 0
    while e is not None and n < 10:
        out.append("%s(%s)" % (type(e).__name__, e))
        e = e.__context__
        n += 1
    return " <- ".join(out)

def araiser(exc):
    async def _exit(*details):
        raise exc
    return _exit

def raiser(exc):
    def _exit(*details):
        raise exc
    return _exit

async def show_exit(typ, val, tb):
    print("async exit sees", typ.__name__ if typ else None, val)

async def true_exit(*details):
    return True

async def main():
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(show_exit)
            raise ValueError("body")
    except ValueError as e:
        print("propagated", e)

    async with AsyncExitStack() as stack:
        stack.push_async_exit(true_exit)
        raise KeyError("swallowed")
    print("after suppression")

    async with AsyncExitStack() as stack:
        stack.enter_context(suppress(IndexError))
        [][0]
    print("sync suppress inside async stack")

    # async callbacks never suppress
    async def returns_true():
        return True
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(returns_true)
            raise TypeError("not suppressed")
    except TypeError as e:
        print("callback did not suppress", e)

    # chains
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(araiser(KeyError("third")))
            stack.push(raiser(IndexError("second")))
            stack.push_async_exit(araiser(AttributeError("first")))
            raise ValueError("body")
    except KeyError as e:
        print(chain(e))

    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(show_exit)
            stack.push_async_exit(araiser(OSError("replaces")))
    except OSError as e:
        print(chain(e))

    # raising then suppressing
    async with AsyncExitStack() as stack:
        stack.push_async_exit(true_exit)
        stack.push_async_exit(araiser(ValueError("later suppressed")))
    print("suppressed after error")

    # aclose with errors
    s = AsyncExitStack()
    s.push_async_callback(araiser(ValueError("close 1")))
    s.push_async_callback(araiser(TypeError("close 2")))
    try:
        await s.aclose()
    except ValueError as e:
        print("aclose:", chain(e))

    # inside an except block
    try:
        try:
            raise ZeroDivisionError("handled")
        except ZeroDivisionError:
            async with AsyncExitStack() as stack:
                stack.push_async_callback(araiser(IndexError("i")))
                stack.push_async_callback(araiser(KeyError("k")))
    except IndexError as e:
        print("in handler:", chain(e))

    # asynccontextmanager inside the stack
    @asynccontextmanager
    async def converting():
        try:
            yield
        except KeyError:
            raise LookupError("converted")

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(converting())
            raise KeyError("k")
    except LookupError as e:
        print(chain(e))

    # __aexit__ results
    s = AsyncExitStack()
    s.push_async_exit(true_exit)
    print(await s.__aexit__(ValueError, ValueError("x"), None))
    s = AsyncExitStack()
    s.push_async_exit(true_exit)
    print(await s.__aexit__(None, None, None))
    s = AsyncExitStack()
    s.push(lambda *a: True)
    print(await s.__aexit__(KeyError, KeyError("x"), None))

    # enter_async_context failing in __aenter__
    class FailEnter:
        async def __aenter__(self):
            raise OSError("aenter failed")
        async def __aexit__(self, *a):
            print("never")
    s = AsyncExitStack()
    try:
        await s.enter_async_context(FailEnter())
    except OSError as e:
        print(e, len(s._exit_callbacks))
    return "done"

print(run(main()))
