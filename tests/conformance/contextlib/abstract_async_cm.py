# AbstractAsyncContextManager: default __aenter__, abstract __aexit__, structural checks.
from contextlib import AbstractAsyncContextManager, AbstractContextManager
import contextlib

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(sorted(AbstractAsyncContextManager.__abstractmethods__))
try:
    AbstractAsyncContextManager()
except TypeError as e:
    print(type(e).__name__, e)

class Incomplete(AbstractAsyncContextManager):
    pass
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

class Manager(AbstractAsyncContextManager):
    async def __aexit__(self, *args):
        print("aexit", args)
        return await super().__aexit__(*args)

async def main():
    m = Manager()
    async with m as x:
        print("same", x is m)
    print(await m.__aenter__() is m)
    print(await AbstractAsyncContextManager.__aexit__(m, None, None, None))
    return "main done"

print(run(main()))

class Duck:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass

class SyncDuck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class AenterOnly:
    async def __aenter__(self):
        return self

print(issubclass(Duck, AbstractAsyncContextManager), isinstance(Duck(), AbstractAsyncContextManager))
print(issubclass(SyncDuck, AbstractAsyncContextManager))
print(issubclass(Duck, AbstractContextManager))
print(issubclass(AenterOnly, AbstractAsyncContextManager))
print(issubclass(int, AbstractAsyncContextManager))

class Blocked(Duck):
    __aexit__ = None
print(issubclass(Blocked, AbstractAsyncContextManager))

class Sub(AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        pass
print(issubclass(Duck, Sub), issubclass(Sub, AbstractAsyncContextManager))
print(AbstractAsyncContextManager.__subclasshook__(Duck), AbstractAsyncContextManager.__subclasshook__(SyncDuck))

for name in ["aclosing", "nullcontext", "AsyncExitStack"]:
    cls = getattr(contextlib, name)
    print(name, issubclass(cls, AbstractAsyncContextManager), issubclass(cls, AbstractContextManager))

@contextlib.asynccontextmanager
async def agen():
    yield
print(isinstance(agen(), AbstractAsyncContextManager), isinstance(agen(), AbstractContextManager))
print(isinstance(agen(), contextlib.AsyncContextDecorator))
print(repr(AbstractAsyncContextManager[str]))
print(AbstractAsyncContextManager.__slots__)

# the default __aenter__ is a coroutine function
c = Manager().__aenter__()
print(type(c).__name__)
print(run(c).__class__.__name__)
