def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class AIt:
    def __init__(s, n): s.i = 0; s.n = n
    def __aiter__(s): return s
    async def __anext__(s):
        s.i += 1
        if s.i > s.n: raise StopAsyncIteration
        return s.i
async def agen():
    yield "a"
    yield "b"
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended")
async def main():
    it = aiter(AIt(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = agen()
    print(aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, "end"))
    out = []
    async for x in aiter(AIt(3)):
        out.append(x)
    print(out)
    return "ok"
print(run(main()))
t(lambda: aiter(5))
t(lambda: anext(5))
t(lambda: anext([1]))
t(lambda: aiter())
t(lambda: anext())
class BadA:
    def __aiter__(s): return 5
t(lambda: aiter(BadA()))
