# Async generators suspended inside try/finally are closed when dropped.

def step(aw):
    try:
        return aw.send(None)
    except StopIteration as e:
        return ("value", e.value)

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

a = agen("dropped")
print(step(a.__anext__()))
del a
print("after del")

a = agen("never started")
del a
print("after unstarted")

a = agen("exhausted")
print(step(a.__anext__()))
print(step(a.__anext__()))
try:
    step(a.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
del a
print("after exhausted")

# Closed explicitly, then dropped.
a = agen("closed")
step(a.__anext__())
step(a.aclose())
del a
print("done")
