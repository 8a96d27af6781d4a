# async for over a plain list, uncaught.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    data = [1, 2, 3]
    async for x in data:
        print(x)

run(main())
