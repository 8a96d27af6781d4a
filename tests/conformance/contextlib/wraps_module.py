# The wrappers made by contextmanager, asynccontextmanager and the context decorators copy
# the wrapped function's __module__ (like functools.wraps).
from contextlib import contextmanager, asynccontextmanager, ContextDecorator, AsyncContextDecorator, nullcontext

def gen():
    yield

async def agen():
    yield

gen.__module__ = "somewhere"
print(contextmanager(gen).__module__)
print(asynccontextmanager(agen).__module__)

@contextmanager
def here():
    yield
print(here.__module__)

class Deco(ContextDecorator):
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

class ADeco(AsyncContextDecorator):
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False

def plain():
    return 1

async def coro():
    return 2

print(Deco()(plain).__module__)
print(ADeco()(coro).__module__)
print(here()(plain).__module__)

plain.__module__ = "elsewhere"
print(Deco()(plain).__module__)
print(Deco()(plain).__module__ == plain.__module__)
