# The exception being handled across awaits.
import sys

class Suspend:
    def __await__(self):
        yield "pause"

async def handler():
    try:
        raise ValueError("coro")
    except ValueError:
        await Suspend()
        print("inside after resume:", repr(sys.exception()))
    print("inside after except:", repr(sys.exception()))

c = handler()
c.send(None)
print("outside while suspended:", repr(sys.exception()))
try:
    c.send(None)
except StopIteration:
    print("finished")

# A coroutine raising while its driver handles an exception gets it as context.
async def raiser():
    await Suspend()
    raise KeyError("coro error")

c = raiser()
c.send(None)
try:
    raise TypeError("driver")
except TypeError:
    try:
        c.send(None)
    except KeyError as e:
        print(repr(e), "context:", repr(e.__context__))

# Bare raise in a coroutine after resuming re-raises its own exception.
async def reraiser():
    try:
        raise OSError("kept")
    except OSError:
        await Suspend()
        raise

c = reraiser()
c.send(None)
try:
    c.send(None)
except OSError as e:
    print("re-raised", repr(e))
