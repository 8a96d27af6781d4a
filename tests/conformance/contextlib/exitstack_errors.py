# ExitStack and AsyncExitStack argument and protocol errors.
from contextlib import ExitStack, AsyncExitStack, nullcontext

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class NoProtocol:
    pass

class OnlyEnter:
    def __enter__(self):
        return 1

class OnlyExit:
    def __exit__(self, *a):
        pass

class AsyncOnly:
    async def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class Outer:
    class Inner:
        pass

s = ExitStack()
for obj in [NoProtocol(), OnlyEnter(), OnlyExit(), AsyncOnly(), 42, "str", None, Outer.Inner()]:
    try:
        s.enter_context(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(len(s._exit_callbacks))

# OnlyEnter's __enter__ is not called when __exit__ is missing
class Loud:
    def __enter__(self):
        print("Loud entered")
try:
    s.enter_context(Loud())
except TypeError as e:
    print(type(e).__name__, e)

# the error has no context
try:
    s.enter_context(5)
except TypeError as e:
    print(e.__context__, e.__cause__, e.__suppress_context__)

# enter_context argument errors
try:
    s.enter_context()
except TypeError as e:
    print(type(e).__name__, e)

# callback argument handling: callback is positional-only
try:
    s.callback()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.callback(callback=print)
except TypeError as e:
    print(type(e).__name__, e)

# push of an arbitrary object is accepted; it fails when called
s = ExitStack()
s.push(123)
try:
    s.close()
except TypeError as e:
    print(type(e).__name__, e)

# callback with a non-callable fails when the stack unwinds
s = ExitStack()
s.callback("not callable")
try:
    s.close()
except TypeError as e:
    print(type(e).__name__, e)

# ExitStack takes no arguments
try:
    ExitStack(1)
except TypeError as e:
    print(type(e).__name__, e)

# the async stack rejects sync-only managers in enter_async_context
async def main():
    stack = AsyncExitStack()
    for obj in [NoProtocol(), nullcontext(), OnlyEnter(), 7, Outer.Inner()]:
        try:
            await stack.enter_async_context(obj)
        except TypeError as e:
            print(type(e).__name__, e)
    # nullcontext supports both protocols
    print(await stack.enter_async_context(nullcontext("ok")))
    # but sync managers still work with enter_context
    print(stack.enter_context(nullcontext("sync ok")))
    try:
        stack.enter_context(AsyncOnly())
    except TypeError as e:
        print(type(e).__name__, e)
    await stack.aclose()
    # push_async_callback is positional-only
    try:
        stack.push_async_callback()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        stack.push_async_callback(callback=main)
    except TypeError as e:
        print(type(e).__name__, e)
    # a sync callback pushed as async fails when awaited
    stack.push_async_callback(lambda: None)
    try:
        await stack.aclose()
    except TypeError as e:
        print(type(e).__name__, e)
    # push_async_exit with a non-coroutine function
    stack.push_async_exit(lambda *a: None)
    try:
        await stack.aclose()
    except TypeError as e:
        print(type(e).__name__, e)
    return "main done"

print(run(main()))

# AsyncExitStack cannot be used in plain `with`
try:
    with AsyncExitStack():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# ExitStack cannot be used in `async with`
async def wrong():
    async with ExitStack():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
