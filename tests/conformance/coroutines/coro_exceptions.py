# Exceptions across await: try/except/finally in coroutines, chaining, PEP 479.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def raiser(exc):
    raise exc

async def catcher():
    try:
        await raiser(ValueError("v"))
    except ValueError as e:
        print("caught", repr(e))
    try:
        await raiser(KeyError("k"))
    except LookupError as e:
        print("caught lookup", repr(e))
    finally:
        print("finally")
    return "ok"

print(run(catcher()))

async def chained():
    try:
        await raiser(TypeError("first"))
    except TypeError:
        await raiser(RuntimeError("second"))

try:
    run(chained())
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

async def caused():
    try:
        await raiser(OSError("low"))
    except OSError as e:
        raise ValueError("high") from e

try:
    run(caused())
except ValueError as e:
    print(repr(e), repr(e.__cause__))

# StopIteration inside a coroutine becomes RuntimeError.
async def stops():
    raise StopIteration("no")

try:
    run(stops())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

# Awaiting a coroutine whose awaitable yields and then fails after a send.
class Suspend:
    def __await__(self):
        v = yield "pause"
        if v == "fail":
            raise ArithmeticError("told to fail")
        return v

async def sensitive():
    try:
        return await Suspend()
    except ArithmeticError as e:
        return "handled " + str(e)

c = sensitive()
c.send(None)
try:
    c.send("fail")
except StopIteration as e:
    print(e.value)

# throw() goes to the innermost awaitable's point of suspension.
async def layered():
    try:
        await sensitive_inner()
    except ZeroDivisionError:
        return "outer handled"

async def sensitive_inner():
    try:
        await Suspend()
    finally:
        print("inner finally")

c = layered()
c.send(None)
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)

# return inside finally / try in coroutines.
async def ret_finally():
    try:
        return "try"
    finally:
        print("cleanup before return")

print(run(ret_finally()))
