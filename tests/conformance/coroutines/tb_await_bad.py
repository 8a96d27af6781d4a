# Awaiting something that is not awaitable, uncaught.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    value = 41
    return await value

run(main())
