# async with: __aenter__/__aexit__ awaited, exceptions, suppression, early exits.

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
        yield self.v

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Suspend(("enter", self.name))
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Suspend(("exit", self.name))
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def basic():
    async with Manager("a") as v:
        print("body", v)
    async with Manager("b"):
        print("body without target")
    return "basic done"

print(run(basic()))

async def multiple():
    async with Manager("x") as x, Manager("y") as y:
        print("both", x, y)

run(multiple())

async def raising():
    try:
        async with Manager("r"):
            raise ValueError("in body")
    except ValueError as e:
        print("propagated", e)
    async with Manager("s", suppress=True):
        raise KeyError("suppressed")
    print("after suppressed")

run(raising())

async def early_return():
    async with Manager("ret") as v:
        return "returned " + v

print(run(early_return()))

async def early_break():
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                break
            continue
    return i

print(run(early_break()))

# Plain (non-async) methods returning awaitables also work.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(self.v)

class PlainMethods:
    def __aenter__(self):
        return Ready("plain enter")
    def __aexit__(self, *a):
        return Ready(False)

async def plain():
    async with PlainMethods() as v:
        return v

print(run(plain()))

# __aexit__ raising replaces the exception.
class ExitRaises:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise RuntimeError("from aexit")

async def exit_raises():
    async with ExitRaises():
        raise ValueError("original")

try:
    run(exit_raises())
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
