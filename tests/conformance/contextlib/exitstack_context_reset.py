# ExitStack sets __context__ explicitly (even to None) when a callback raises after an earlier
# callback suppressed the body's exception: the exception then has no context, as if it had
# been raised outside the with statement.
from contextlib import ExitStack, contextmanager

def chain(e):
    out = []
    while e is not None:
        out.append("%s(%s)" % (type(e).__name__, e))
        e = e.__context__
    return " <- ".join(out)

def raiser(exc):
    def _exit(*details):
        raise exc
    return _exit

try:
    with ExitStack() as stack:
        stack.push(raiser(LookupError("after suppress")))
        stack.push(lambda *exc: True)
        raise ValueError("body")
except LookupError as e:
    print(chain(e))

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("second")))
        stack.push(raiser(IndexError("first")))
        stack.push(lambda *exc: True)
        raise ValueError("body")
except KeyError as e:
    print(chain(e))

# a plain function re-raising an exception whose context it cleared
def cleared():
    e = KeyError("k")
    try:
        raise e
    except KeyError:
        e.__context__ = None
        raise

try:
    raise ValueError("outer")
except ValueError:
    try:
        cleared()
    except KeyError as e:
        print(chain(e))
