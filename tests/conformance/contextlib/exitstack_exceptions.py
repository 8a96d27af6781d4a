# ExitStack: exceptions in the body and in callbacks, suppression.
from contextlib import ExitStack, suppress

def chain(e):
    out = []
    while e is not None:
        out.append("%s(%s)" % (type(e).__name__, e))
        e = e.__context__
    return " <- ".join(out)

# a callback sees the exception from the body
def show_exit(typ, val, tb):
    print("exit sees", typ.__name__ if typ else None, val, tb is not None)

try:
    with ExitStack() as stack:
        stack.push(show_exit)
        raise ValueError("body")
except ValueError as e:
    print("propagated", e)

# suppression by a pushed callback
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError("swallowed")
print("after suppression")

# suppress() inside a stack
with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppress inside stack")

# callbacks after the suppressing one see no exception
with ExitStack() as stack:
    stack.push(show_exit)
    stack.push(lambda *exc: True)
    stack.push(show_exit)
    raise IndexError("seen once")
print("ok")

# callback() wrappers never suppress
try:
    with ExitStack() as stack:
        stack.callback(lambda: True)
        raise TypeError("not suppressed")
except TypeError as e:
    print("callback did not suppress", e)

# an exception in a callback replaces the current one; later callbacks see it
def raiser(exc):
    def _exit(*details):
        raise exc
    return _exit

try:
    with ExitStack() as stack:
        stack.push(show_exit)
        stack.push(raiser(RuntimeError("from callback")))
        raise ValueError("body")
except RuntimeError as e:
    print("final", chain(e))

# several raising callbacks: the context chain is body <- first <- second
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("third")))
        stack.push(raiser(IndexError("second")))
        stack.push(raiser(AttributeError("first")))
        raise ValueError("body")
except KeyError as e:
    print(chain(e))

# raising callbacks with no body exception
try:
    with ExitStack() as stack:
        stack.callback(raiser(OSError("b")))
        stack.callback(raiser(OSError("a")))
except OSError as e:
    print(chain(e))

# a raising callback followed by a suppressing one
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    stack.push(raiser(ValueError("suppressed later")))
print("suppressed after callback error")

# a suppressing callback followed by a raising one (outside a with statement)
s = ExitStack()
s.push(raiser(LookupError("after suppress")))
s.push(lambda *exc: True)
try:
    s.__exit__(ValueError, ValueError("body"), None)
except LookupError as e:
    print(chain(e))

# raising the same exception again from a callback
def reraise(typ, val, tb):
    raise val

try:
    with ExitStack() as stack:
        stack.push(reraise)
        stack.push(reraise)
        raise ValueError("same")
except ValueError as e:
    print(chain(e))

# close() with raising callbacks
stack = ExitStack()
stack.callback(raiser(ValueError("close 1")))
stack.callback(raiser(TypeError("close 2")))
try:
    stack.close()
except ValueError as e:
    print("close:", chain(e))

# an explicit cause survives
def with_cause(*details):
    raise RuntimeError("with cause") from KeyError("cause")

try:
    with ExitStack() as stack:
        stack.push(with_cause)
        raise ValueError("body")
except RuntimeError as e:
    print(chain(e), "| cause:", repr(e.__cause__), e.__suppress_context__)

# __exit__ return values
s = ExitStack()
s.push(lambda *a: True)
print(s.__exit__(ValueError, ValueError("x"), None))
s = ExitStack()
s.push(lambda *a: True)
print(s.__exit__(None, None, None))
s = ExitStack()
s.push(lambda *a: False)
print(s.__exit__(ValueError, ValueError("x"), None))
s = ExitStack()
s.push(lambda *a: 1)
print(s.__exit__(ValueError, ValueError("x"), None))

# enter_context failing leaves nothing pushed
class FailEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
s = ExitStack()
try:
    s.enter_context(FailEnter())
except OSError as e:
    print(e, len(s._exit_callbacks))

# an exit that suppresses a BaseException
with ExitStack() as stack:
    stack.push(lambda t, v, tb: t is KeyboardInterrupt)
    raise KeyboardInterrupt
print("KeyboardInterrupt suppressed")
