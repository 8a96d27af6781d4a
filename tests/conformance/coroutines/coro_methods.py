# send / throw / close on coroutines and the cr_* attributes.

class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v

async def worker():
    try:
        got = await Suspend()
        print("worker got", got)
        got = await Suspend()
        return "finished with " + str(got)
    except ValueError as e:
        print("worker caught", e)
        return "recovered"
    finally:
        print("worker finally")

c = worker()
print(c.cr_running, c.cr_await, c.cr_suspended)
print(c.cr_code is worker.__code__, c.cr_frame is not None)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
print(c.send("one"))
try:
    c.send("two")
except StopIteration as e:
    print("StopIteration", e.value)
print(c.cr_frame, c.cr_await, c.cr_suspended)

c = worker()
c.send(None)
try:
    c.throw(ValueError("thrown"))
except StopIteration as e:
    print("after throw:", e.value)

c = worker()
c.send(None)
print(c.close())
print(c.cr_frame)

# Sending a value into a just-started coroutine.
c = worker()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

# Throwing into an unstarted coroutine.
c = worker()
try:
    c.throw(KeyError("early"))
except KeyError as e:
    print("early throw", repr(e))

# cr_running inside the coroutine.
async def check_running():
    return me.cr_running

me = check_running()
try:
    me.send(None)
except StopIteration as e:
    print("cr_running inside:", e.value)

# Re-entering a running coroutine.
async def reenter():
    try:
        me2.send(None)
    except ValueError as e:
        print(type(e).__name__, e)

me2 = reenter()
try:
    me2.send(None)
except StopIteration:
    pass

# cr_await follows the chain.
async def inner():
    await Suspend()

async def outer():
    await inner_coro

inner_coro = inner()
o = outer()
o.send(None)
print(o.cr_await is inner_coro, type(inner_coro.cr_await).__name__)
o.close()

# Methods of the __await__ wrapper.
async def short():
    v = await Suspend()
    return v * 2

w = short().__await__()
print(next(w))
try:
    w.send(21)
except StopIteration as e:
    print("wrapper:", e.value)
print(iter(w) is w)

# coroutine.close() on a coroutine that ignores GeneratorExit.
async def stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# A second close() lands outside the try and finishes it.
c.close()
print(c.cr_frame)
