# @contextmanager protocol errors: didn't yield, didn't stop, didn't stop after throw().
from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield
    print("generator body ran")

try:
    with no_yield():
        print("not printed")
except RuntimeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    print("second half")
    yield 2
    print("never")

try:
    with two_yields() as v:
        print("body", v)
except RuntimeError as e:
    print(type(e).__name__, e)

m = two_yields()
m.__enter__()
try:
    m.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
# the generator was closed
print(m.gen.gi_frame is None)
try:
    next(m.gen)
except StopIteration:
    print("closed")

@contextmanager
def yields_after_catch():
    try:
        yield 1
    except ValueError:
        print("caught, yielding again")
        yield 2

try:
    with yields_after_catch():
        raise ValueError("x")
except RuntimeError as e:
    print(type(e).__name__, e)
    print("context", repr(e.__context__))

m = yields_after_catch()
m.__enter__()
try:
    m.__exit__(ValueError, ValueError("y"), None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(m.gen.gi_frame is None)

# the close() in the "didn't stop" path runs the generator's finally
@contextmanager
def finally_after_second():
    yield
    try:
        yield
    finally:
        print("finally on close")

try:
    with finally_after_second():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

# a generator that yields in its finally: close() itself fails
@contextmanager
def stubborn():
    try:
        yield
        yield
    finally:
        yield

try:
    with stubborn():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, "|", e.__context__)

# entering twice: the arguments are gone after the first __enter__
@contextmanager
def once():
    yield "x"

m = once()
with m:
    pass
try:
    with m:
        pass
except AttributeError as e:
    print(type(e).__name__, e)

# a non-generator function
@contextmanager
def not_gen():
    return 42

try:
    with not_gen():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# calling with bad arguments fails at call time
@contextmanager
def needs_arg(a):
    yield a

try:
    needs_arg()
except TypeError as e:
    print(type(e).__name__, e)

# didn't yield via __enter__ directly
m = no_yield()
try:
    m.__enter__()
except RuntimeError as e:
    print(type(e).__name__, e)
