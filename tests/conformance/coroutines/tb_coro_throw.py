# An exception thrown into a suspended coroutine chain and not handled.

class Suspend:
    def __await__(self):
        yield "waiting"

async def inner():
    await Suspend()

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

c = outer()
print(c.send(None))
c.throw(ConnectionError("lost"))
