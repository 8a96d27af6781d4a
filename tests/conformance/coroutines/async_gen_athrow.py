# athrow() and aclose() on async generators.

def step(aw, value=None):
    """Send one value into an awaitable and describe what happens."""
    try:
        r = aw.send(value)
        return ("yielded", r)
    except StopIteration as e:
        return ("returned", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

class Suspend:
    def __await__(self):
        yield "suspended"

async def agen():
    try:
        yield 1
    except ValueError as e:
        print("agen caught", e)
        yield "after ValueError"
    finally:
        print("agen finally")

a = agen()
print(step(a.__anext__()))
print(step(a.athrow(ValueError("v"))))
print(step(a.athrow(KeyError("k"))))
print(step(a.__anext__()))

# aclose() runs finally and completes with StopIteration.
a = agen()
print(step(a.__anext__()))
print(step(a.aclose()))
print(step(a.__anext__()))
print(step(a.aclose()))

# aclose() on a never-started async generator.
a = agen()
print(step(a.aclose()))
print(step(a.__anext__()))

# An async generator that yields in finally: "ignored GeneratorExit".
async def stubborn():
    try:
        yield 1
    finally:
        yield 2

s = stubborn()
print(step(s.__anext__()))
print(step(s.aclose()))

# await inside finally during aclose(): the awaitable's value passes through.
async def awaits_in_finally():
    try:
        yield 1
    finally:
        await Suspend()
        print("finally after await")

w = awaits_in_finally()
print(step(w.__anext__()))
ac = w.aclose()
print(step(ac))
print(step(ac))
print(step(ac))

# athrow() on a finished async generator.
async def short():
    yield 1

s = short()
print(step(s.__anext__()))
print(step(s.__anext__()))
print(step(s.athrow(ValueError("late"))))

# athrow() before start raises the exception.
s = short()
print(step(s.athrow(ValueError("early"))))

# Reusing an athrow awaitable.
a = agen()
step(a.__anext__())
t = a.athrow(ValueError("x"))
print(step(t))
print(step(t))
print(step(a.aclose()))

# The deprecated 3-argument form of athrow.
a = agen()
step(a.__anext__())
print(step(a.athrow(ValueError, ValueError("three"), None)))
step(a.aclose())

# asend on a closed generator.
a = agen()
step(a.__anext__())
step(a.aclose())
print(step(a.asend(None)))
