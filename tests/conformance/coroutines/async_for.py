# async for over objects with __aiter__/__anext__, and over async generators.

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
        yield ("tick", self.v)

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Suspend(self.i)
        self.i += 1
        return self.i - 1

async def main():
    out = []
    async for x in ARange(3):
        out.append(x)
    return out

print(run(main()))

class NoSuspend:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def loops():
    async for x in NoSuspend("abc"):
        print("item", x)
    else:
        print("else runs after exhaustion")
    async for x in NoSuspend(range(10)):
        if x == 1:
            continue
        if x == 4:
            break
        print("loop2", x)
    else:
        print("not printed")
    async for a, b in NoSuspend([(1, 2), (3, 4)]):
        print("unpacked", a, b)
    async for x in NoSuspend([]):
        print("never")
    else:
        print("empty else")
    return "loops done"

print(run(loops()))

# return from inside async for.
async def find(target):
    async for x in NoSuspend(range(100)):
        if x == target:
            return f"found {x}"
    return "missing"

print(run(find(7)), run(find(1000)))

# Nested async for.
async def nested():
    pairs = []
    async for a in NoSuspend("xy"):
        async for b in NoSuspend("12"):
            pairs.append(a + b)
    return pairs

print(run(nested()))

# __anext__ returning an awaitable object rather than being a coroutine function.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(self.v)

class Manual:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return Ready(self.n * 100)

async def manual():
    return [x async for x in Manual()]

print(run(manual()))

# An exception raised inside the loop body propagates; StopAsyncIteration from the body too.
async def body_raises():
    async for x in NoSuspend([1]):
        raise KeyError(x)

try:
    run(body_raises())
except KeyError as e:
    print("body raised", repr(e))

# An exception from __anext__ other than StopAsyncIteration propagates.
class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("anext failed")

async def broken():
    async for x in Broken():
        pass

try:
    run(broken())
except ValueError as e:
    print("anext raised", e)
