# The generator behind a @contextmanager manager: its state at each step.
from contextlib import contextmanager, closing
import sys

@contextmanager
def tracked():
    yield "value"
    print("resumed after body")

m = tracked()
g = m.gen
print(type(g).__name__, g.gi_running, g.gi_frame is not None)
print(m.__enter__())
print(g.gi_frame is not None, g.gi_suspended if hasattr(g, "gi_suspended") else "n/a")
print(m.__exit__(None, None, None))
print(g.gi_frame is None)

# after an exception that was re-raised, the generator is finished
m = tracked()
m.__enter__()
e = ValueError("x")
print(m.__exit__(ValueError, e, None))
print(m.gen.gi_frame is None)

# the exception passed to __exit__ gets the traceback argument back
def make_tb():
    try:
        raise KeyError("tb holder")
    except KeyError as err:
        return err.__traceback__
tb = make_tb()
m = tracked()
m.__enter__()
e = ValueError("with tb")
print(m.__exit__(ValueError, e, tb))
print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next)

# sys.exception() inside the generator while handling the thrown exception
@contextmanager
def inspect_exc():
    try:
        yield
    except Exception:
        print("in generator:", repr(sys.exception()))
    print("after except:", sys.exception())

with inspect_exc():
    raise TypeError("seen")
print("outside:", sys.exception())

# sys.exception() in the body when used inside an except block
@contextmanager
def shows():
    print("enter sees:", repr(sys.exception()))
    yield
    print("exit sees:", repr(sys.exception()))

try:
    raise OSError("handled")
except OSError:
    with shows():
        print("body sees:", repr(sys.exception()))

# a generator manager wrapping another one
@contextmanager
def outer():
    with tracked() as v:
        yield v + "!"

with outer() as w:
    print(w)

# yield from inside a generator manager
def inner_gen():
    print("inner before")
    yield "from inner"
    print("inner after")

@contextmanager
def delegating():
    yield from inner_gen()

with delegating() as d:
    print(d)
