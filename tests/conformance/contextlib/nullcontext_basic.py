# nullcontext: a do-nothing manager for both `with` and `async with`.
from contextlib import nullcontext

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

with nullcontext() as v:
    print(v)
with nullcontext(5) as v:
    print(v)
obj = object()
with nullcontext(obj) as v:
    print(v is obj)
with nullcontext(enter_result="kw") as v:
    print(v)

# exceptions pass through
try:
    with nullcontext():
        raise ValueError("through")
except ValueError as e:
    print("ValueError", e)

n = nullcontext([1])
print(n.enter_result)
print(n.__enter__(), n.__exit__(None, None, None))
print(n.__exit__(ValueError, ValueError(), None))
print(n.__exit__())

# reusable and re-entrant
with n as a:
    with n as b:
        print(a is b)

# optional manager pattern
def maybe_lock(use):
    class Lock:
        def __enter__(self):
            print("locked")
        def __exit__(self, *e):
            print("unlocked")
    return Lock() if use else nullcontext()

for use in (True, False):
    with maybe_lock(use):
        print("work", use)

async def main():
    async with nullcontext() as v:
        print("async", v)
    async with nullcontext("async value") as v:
        print(v)
    try:
        async with nullcontext():
            raise KeyError("async through")
    except KeyError as e:
        print("KeyError", e)
    print(await n.__aenter__(), await n.__aexit__(None, None, None))
    print(await n.__aexit__())
    return "end"

print(run(main()))

try:
    nullcontext(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(nullcontext()).__name__)
