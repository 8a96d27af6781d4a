# Reusing an already awaited coroutine, uncaught.

async def once():
    return 1

c = once()
try:
    c.send(None)
except StopIteration as e:
    print("first run returned", e.value)
c.send(None)
