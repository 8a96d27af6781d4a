# closing() and aclosing(): call close()/aclose() on exit.
from contextlib import closing, aclosing

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Thing:
    def __init__(self, name):
        self.name = name
        self.closed = 0
    def close(self):
        self.closed += 1
        print("close", self.name)
    async def aclose(self):
        self.closed += 1
        print("aclose", self.name)

t = Thing("a")
with closing(t) as x:
    print(x is t, t.closed)
print(t.closed)

# closes on exception, and does not swallow it
t = Thing("b")
try:
    with closing(t):
        raise ValueError("in body")
except ValueError as e:
    print("ValueError", e, t.closed)

# the closing object
c = closing(t)
print(c.thing is t, type(c).__name__)
print(c.__exit__(None, None, None))
print(t.closed)

# reusable
c = closing(Thing("c"))
with c:
    pass
with c:
    pass
print(c.thing.closed)

# an object without close()
try:
    with closing(42):
        print("body runs")
except AttributeError as e:
    print(type(e).__name__, e)

# a close() that raises replaces the body exception
class BadClose:
    def close(self):
        raise OSError("close failed")

try:
    with closing(BadClose()):
        raise KeyError("k")
except OSError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# closing a generator
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

with closing(gen()) as g:
    for v in g:
        print("got", v)
        break
print("after closing generator")

# aclosing
async def main():
    t = Thing("x")
    async with aclosing(t) as y:
        print(y is t, t.closed)
    print(t.closed)
    t2 = Thing("y")
    try:
        async with aclosing(t2):
            raise IndexError("idx")
    except IndexError as e:
        print("IndexError", e, t2.closed)

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print("async generator finally")

    async with aclosing(agen()) as ag:
        async for v in ag:
            print("async got", v)
            break
    print("after aclosing")

    try:
        async with aclosing(object()):
            print("body runs")
    except AttributeError as e:
        print(type(e).__name__, e)

    # a sync close() is not enough: aclose must be awaitable
    class SyncOnly:
        def aclose(self):
            return None
    try:
        async with aclosing(SyncOnly()):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    a = aclosing(t)
    print(type(a).__name__, a.thing is t)
    return "done"

print(run(main()))

# aclosing cannot be used with plain `with`
try:
    with aclosing(Thing("z")):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# closing cannot be used with `async with`
async def wrong():
    async with closing(Thing("w")):
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
