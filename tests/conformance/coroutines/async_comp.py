# Asynchronous comprehensions and await inside comprehensions.

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
        yield ("pause", self.v)
        return self.v

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return await Suspend(x * 2)

async def comps():
    print([x async for x in agen(4)])
    print({x async for x in agen(3)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2])
    print([await double(x) for x in range(2)])
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in agen(2)])
    print([[y async for y in agen(x)] for x in range(3)])
    print(sum([x async for x in agen(5)]))
    return "comps done"

print(run(comps()))

# An asynchronous generator expression is an async generator object.
async def genexp():
    g = (x * 3 async for x in agen(3))
    print(type(g).__name__)
    return [v async for v in g]

print(run(genexp()))

# A generator expression with await is asynchronous too.
async def genexp_await():
    g = (await double(x) for x in range(2))
    print(type(g).__name__)
    out = []
    async for v in g:
        out.append(v)
    return out

print(run(genexp_await()))

# Async genexpr created in a plain function (allowed); consumed in a coroutine.
def make_agen_expr():
    return (x async for x in agen(2))

async def consume(ag):
    return [x async for x in ag]

print(run(consume(make_agen_expr())))

# The first iterable of a comprehension is evaluated in the enclosing scope (can await).
async def first_iter():
    return [x for x in await Suspend([1, 2])]

print(run(first_iter()))

# Exceptions in async comprehensions.
async def failing_agen():
    yield 1
    raise KeyError("in agen")

async def comp_fails():
    try:
        return [x async for x in failing_agen()]
    except KeyError as e:
        return "caught " + repr(e)

print(run(comp_fails()))
