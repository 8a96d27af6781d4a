# An uncaught exception raised inside nested coroutines.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def deepest():
    raise ValueError("deep failure")

async def middle():
    return await deepest()

async def top():
    value = await middle()
    return value

run(top())
