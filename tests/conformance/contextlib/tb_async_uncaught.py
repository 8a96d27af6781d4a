# An uncaught exception from the body of an @asynccontextmanager manager inside an
# AsyncExitStack, driven by a tiny coroutine runner.
from contextlib import asynccontextmanager, AsyncExitStack

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

async def fetch(key):
    table = {"a": 1}
    return table[key]

async def main():
    async with AsyncExitStack() as stack:
        s = await stack.enter_async_context(session("db"))
        stack.push_async_callback(fetch, "a")
        async with session("inner"):
            print("using", s)
            await fetch("missing")

run(main())
