# TypeErrors of async with.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def use(obj):
    async with obj as v:
        return v

class OnlyEnter:
    async def __aenter__(self):
        return 1

class SyncManager:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

class EnterNotAwaitable:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        return False

class ExitNotAwaitable:
    async def __aenter__(self):
        return "entered"
    def __aexit__(self, *a):
        return None

for obj in [1, OnlyEnter(), SyncManager(), EnterNotAwaitable(), ExitNotAwaitable()]:
    try:
        print(run(use(obj)))
    except TypeError as e:
        print(type(e).__name__, e)

# A sync with cannot use an async manager.
class AsyncOnly:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass

try:
    with AsyncOnly():
        pass
except TypeError as e:
    print(type(e).__name__, e)
