# An uncaught exception from an async generator consumed by async for.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def numbers():
    yield 1
    yield 2
    raise KeyError("no more numbers")

async def main():
    total = 0
    async for n in numbers():
        total += n
    return total

print(run(main()))
