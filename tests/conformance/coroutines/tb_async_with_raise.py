# An exception in an async with body, reported after __aexit__ runs.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Manager:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, typ, val, tb):
        print("exit with", typ.__name__)
        return False

async def main():
    async with Manager():
        raise IndexError("inside async with")

run(main())
