# An exception in the body is passed to __exit__; a true result swallows it.
import sys


class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit got", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        if exc is not None:
            print("  same object:", type(exc) is exc_type, exc.__traceback__ is not None)
        return self.suppress


for suppress in [True, False, None, 1, 0, "yes", "", [0], []]:
    try:
        with CM(suppress):
            raise KeyError("k")
        print(repr(suppress), "suppressed")
    except KeyError as e:
        print(repr(suppress), "propagated", repr(e))

# Exceptions raised by called code.
def boom():
    return 1 / 0

try:
    with CM(False):
        boom()
except ZeroDivisionError as e:
    print("outer caught", e)

# Suppressed exception: the code after the with runs, handled exception is cleared.
with CM(True):
    raise RuntimeError("gone")
print("after suppression", sys.exception())

# __exit__ runs while the exception is being handled.
class Peek:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("sys.exception() in exit:", repr(sys.exception()))
        return True

with Peek():
    raise ValueError("peek")
print("outside:", sys.exception())

# Inside an except block, the outer handled exception is restored afterwards.
try:
    raise TypeError("outer")
except TypeError:
    with Peek():
        raise ValueError("inner")
    print("restored:", repr(sys.exception()))

# __bool__ of the result is used.
class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool called", self.v)
        return self.v

class Ret:
    def __init__(self, r):
        self.r = r

    def __enter__(self):
        return None

    def __exit__(self, *a):
        return self.r

for v in [True, False]:
    try:
        with Ret(Truthy(v)):
            raise IndexError(v)
        print("swallowed", v)
    except IndexError as e:
        print("raised", e)

# BaseException subclasses go through __exit__ too.
try:
    with CM(False):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("keyboard interrupt propagated")

with CM(True):
    raise SystemExit(3)
print("system exit swallowed")
