# @contextmanager and exceptions raised in the with body.
from contextlib import contextmanager

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)

with swallow(ValueError):
    raise ValueError("one")
print("after one")

with swallow(ValueError, KeyError):
    raise KeyError("two")
print("after two")

try:
    with swallow(ValueError):
        raise TypeError("three")
except TypeError as e:
    print("passed through", type(e).__name__, e)

# re-raising the same exception keeps its identity
@contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print("seen", repr(e))
        raise

err = ValueError("same")
try:
    with reraise():
        raise err
except ValueError as e:
    print("same object", e is err)
    print("context", e.__context__, "cause", e.__cause__)

# raising a different exception
@contextmanager
def convert():
    try:
        yield
    except KeyError as e:
        raise LookupError("converted") from e

try:
    with convert():
        raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__))

# a new exception without `from`: context is the original
@contextmanager
def replace():
    try:
        yield
    except Exception:
        raise RuntimeError("replaced")

try:
    with replace():
        1 / 0
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__suppress_context__)

# finally blocks run when the body raises
@contextmanager
def cleanup():
    try:
        yield "res"
    finally:
        print("cleanup runs")

try:
    with cleanup() as r:
        raise IndexError(r)
except IndexError as e:
    print("got", e)

# an exception raised in the generator's cleanup replaces the body's one
@contextmanager
def bad_cleanup():
    try:
        yield
    finally:
        raise OSError("cleanup failed")

try:
    with bad_cleanup():
        raise ValueError("body")
except OSError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# an exception after yield when body succeeded
@contextmanager
def fail_on_exit():
    yield
    raise ZeroDivisionError("exit failed")

try:
    with fail_on_exit():
        print("body ok")
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.__context__)

# exceptions before the yield propagate from __enter__ and the body is skipped
@contextmanager
def fail_on_enter():
    raise PermissionError("no entry")
    yield

try:
    with fail_on_enter():
        print("not printed")
except PermissionError as e:
    print(type(e).__name__, e)

# the traceback of a re-raised exception is the body's, not extended
@contextmanager
def passthru():
    yield

def body():
    raise ValueError("tb")

try:
    with passthru():
        body()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

# calling __exit__ directly
m = swallow(ValueError)
m.__enter__()
print(m.__exit__(ValueError, ValueError("direct"), None))

m = swallow(ValueError)
m.__enter__()
print(m.__exit__(ValueError, None, None))  # type only: an instance is made

m = passthru()
m.__enter__()
e = KeyError("kept")
print(m.__exit__(KeyError, e, None))

m = passthru()
m.__enter__()
print(m.__exit__(None, None, None))

# BaseException subclasses too
@contextmanager
def catch_all():
    try:
        yield
    except BaseException as e:
        print("caught", type(e).__name__)

with catch_all():
    raise KeyboardInterrupt
with catch_all():
    raise SystemExit(3)
with catch_all():
    raise GeneratorExit
print("end")

# swallowing in the generator then the with statement goes on
def count():
    n = 0
    for i in range(5):
        with swallow(ZeroDivisionError):
            n += 10 // (i - 2)
    return n
print(count())
