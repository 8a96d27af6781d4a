# @contextmanager and StopIteration / RuntimeError in the body (PEP 479 interplay).
from contextlib import contextmanager

@contextmanager
def plain():
    yield

# StopIteration raised in the body is not swallowed
try:
    with plain():
        raise StopIteration("body stop")
except StopIteration as e:
    print("StopIteration propagated:", e)

si = StopIteration("identity")
try:
    with plain():
        raise si
except StopIteration as e:
    print("same object", e is si)
    print("cause", e.__cause__)

# a StopIteration subclass
class MyStop(StopIteration):
    pass

try:
    with plain():
        raise MyStop("sub")
except StopIteration as e:
    print(type(e).__name__, e)

# RuntimeError raised in the body is not confused with the generator's errors
rt = RuntimeError("body runtime")
try:
    with plain():
        raise rt
except RuntimeError as e:
    print("runtime passed", e is rt, e)

# the generator catches StopIteration and finishes: swallowed
@contextmanager
def catches_stop():
    try:
        yield
    except StopIteration as e:
        print("generator saw", repr(e))

with catches_stop():
    raise StopIteration("caught")
print("continued")

# the generator re-raises the StopIteration it got: it becomes RuntimeError inside the
# generator, whose cause is the original, so the original propagates
@contextmanager
def reraises_stop():
    try:
        yield
    except StopIteration:
        raise

try:
    with reraises_stop():
        raise StopIteration("again")
except StopIteration as e:
    print("original back:", e)
except RuntimeError as e:
    print("runtime:", e)

# a generator raising its own StopIteration in response to another exception
@contextmanager
def raises_own_stop():
    try:
        yield
    except ValueError:
        raise StopIteration("own")

try:
    with raises_own_stop():
        raise ValueError("v")
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

# the generator wraps a RuntimeError in another RuntimeError
@contextmanager
def wraps_runtime():
    try:
        yield
    except RuntimeError as e:
        raise RuntimeError("wrapped") from e

try:
    with wraps_runtime():
        raise RuntimeError("inner")
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)

# the generator re-raises the RuntimeError unchanged
@contextmanager
def reraises_runtime():
    try:
        yield
    except RuntimeError:
        raise

r = RuntimeError("orig")
try:
    with reraises_runtime():
        raise r
except RuntimeError as e:
    print("same runtime", e is r)

# generator returns (StopIteration) after swallowing: exit returns True
@contextmanager
def swallow_and_return():
    try:
        yield
    except Exception:
        return "ignored value"

m = swallow_and_return()
m.__enter__()
print(m.__exit__(KeyError, KeyError("k"), None))

# StopIteration thrown, generator doesn't catch: __exit__ returns False
m = plain()
m.__enter__()
s = StopIteration("x")
print(m.__exit__(StopIteration, s, None))

# StopIteration type only
m = plain()
m.__enter__()
print(m.__exit__(StopIteration, None, None))

# StopIteration in body of a manager whose generator converts it to a different RuntimeError
@contextmanager
def different_runtime():
    try:
        yield
    except StopIteration:
        raise RuntimeError("unrelated")

try:
    with different_runtime():
        raise StopIteration("s")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

# StopIteration from next() inside a body
def first(it):
    with plain():
        return next(it)

try:
    first(iter([]))
except StopIteration as e:
    print("empty iterator:", type(e).__name__)
print(first(iter([7])))

# StopIteration inside a generator that uses a contextmanager: PEP 479 applies to that generator
def outer_gen():
    with plain():
        yield 1
        raise StopIteration("inside gen")

g = outer_gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
