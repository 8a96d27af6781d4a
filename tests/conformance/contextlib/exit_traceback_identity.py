# A generator-based manager that lets an exception through gives it back the traceback object
# passed to __exit__ (the same object, not a copy).
from contextlib import contextmanager, asynccontextmanager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def make_tb():
    try:
        raise KeyError("tb holder")
    except KeyError as err:
        return err.__traceback__

@contextmanager
def passthru():
    yield

tb = make_tb()
m = passthru()
m.__enter__()
e = ValueError("with tb")
print(m.__exit__(ValueError, e, tb), e.__traceback__ is tb)

# the body's own traceback object survives the round trip through the generator
try:
    with passthru():
        raise IndexError("body")
except IndexError as err:
    print(err.__traceback__.tb_frame.f_code.co_name)

@asynccontextmanager
async def apassthru():
    yield

async def main():
    m = apassthru()
    await m.__aenter__()
    e = TypeError("async with tb")
    print(await m.__aexit__(TypeError, e, tb), e.__traceback__ is tb)

run(main())

# plain assignment keeps identity
e = OSError()
e.__traceback__ = tb
print(e.__traceback__ is tb)
