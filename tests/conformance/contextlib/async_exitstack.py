# AsyncExitStack: async managers, async callbacks and exits, mixed with sync ones.
from contextlib import AsyncExitStack, asynccontextmanager, nullcontext

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

order = []

class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        order.append("aenter " + self.name)
        return self.name.upper()
    async def __aexit__(self, *exc):
        order.append("aexit " + self.name)

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        order.append("enter " + self.name)
        return self.name
    def __exit__(self, *exc):
        order.append("exit " + self.name)

@asynccontextmanager
async def agen(v):
    order.append("agen enter %s" % v)
    yield v
    order.append("agen exit %s" % v)

async def acb(*args, **kwds):
    order.append(("acb", args, sorted(kwds.items())))

def cb(*args):
    order.append(("cb", args))

async def main():
    async with AsyncExitStack() as stack:
        print(type(stack).__name__)
        print(await stack.enter_async_context(ACM("a")))
        print(stack.enter_context(CM("b")))
        print(await stack.enter_async_context(agen(1)))
        r = stack.push_async_callback(acb, 1, k=2)
        print(r is acb)
        stack.callback(cb, 3)
        order.append("body")
    for o in order:
        print(o)

    # push_async_exit with a function and with a manager
    order.clear()
    async def aexit_fn(typ, val, tb):
        order.append(("aexit_fn", typ))
    async with AsyncExitStack() as stack:
        print(stack.push_async_exit(aexit_fn) is aexit_fn)
        m = ACM("pushed")
        print(stack.push_async_exit(m) is m)
        stack.push(lambda *a: order.append("sync push"))
    print(order)

    # decorators
    order.clear()
    async with AsyncExitStack() as stack:
        @stack.push_async_callback
        async def on_exit():
            order.append("decorated async callback")
        @stack.push_async_exit
        async def on_aexit(*details):
            order.append("decorated async exit")
        print(on_exit.__name__, on_aexit.__name__)
    print(order)

    # aclose and pop_all
    order.clear()
    stack = AsyncExitStack()
    await stack.enter_async_context(ACM("x"))
    stack.push_async_callback(acb, "closing")
    moved = stack.pop_all()
    print(type(moved).__name__, len(stack._exit_callbacks), len(moved._exit_callbacks))
    await stack.aclose()
    print(order)
    await moved.aclose()
    print(order)
    await moved.aclose()
    print(order)

    # the wrapper remembers the callback
    stack = AsyncExitStack()
    stack.push_async_callback(acb, 1)
    print(stack._exit_callbacks[-1][0], stack._exit_callbacks[-1][1].__wrapped__ is acb)
    stack.callback(cb)
    print(stack._exit_callbacks[-1][0])
    stack.pop_all()

    # __aenter__/__aexit__ directly
    s = AsyncExitStack()
    print(await s.__aenter__() is s)
    print(await s.__aexit__(None, None, None))

    # nullcontext in both roles
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(nullcontext(1)), stack.enter_context(nullcontext(2)))
    return "done"

print(run(main()))

# async callbacks added while unwinding
async def late():
    async with AsyncExitStack() as stack:
        async def adder():
            order.append("adder")
            stack.push_async_callback(acb, "late")
        stack.push_async_callback(adder)
    return order[-2:]
order.clear()
print(run(late()))
