# suppress(): swallow the listed exception types.
from contextlib import suppress

with suppress(ValueError):
    int("x")
print("after ValueError")

with suppress(KeyError, IndexError):
    [][1]
print("after IndexError")

with suppress(LookupError):
    {}["missing"]
print("subclass suppressed")

try:
    with suppress(KeyError):
        raise LookupError("base not suppressed")
except LookupError as e:
    print(type(e).__name__, e)

try:
    with suppress(ValueError):
        1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# nothing raised
with suppress(Exception):
    x = 1
print("x", x)

# the body stops at the exception
with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("never")
print("after")

# no exception types: nothing suppressed
try:
    with suppress():
        raise TypeError("no types")
except TypeError as e:
    print(type(e).__name__, e)

# BaseException
with suppress(BaseException):
    raise SystemExit(1)
with suppress(KeyboardInterrupt):
    raise KeyboardInterrupt
print("base exceptions suppressed")

# __enter__ returns None
with suppress(ValueError) as s:
    print(s)

# reusable and re-entrant
ignore = suppress(ValueError)
with ignore:
    with ignore:
        raise ValueError("inner")
    print("after inner")
    raise ValueError("outer")
print("reused")
for i in range(3):
    with ignore:
        raise ValueError(i)
print("loop")

# __exit__ results
s = suppress(KeyError)
print(s.__exit__(None, None, None))
print(s.__exit__(KeyError, KeyError(), None))
print(s.__exit__(ValueError, ValueError(), None))

# exception classes given as a tuple argument
with suppress((ValueError, TypeError)):
    raise TypeError("tuple inside")
print("tuple accepted")

# a non-class argument fails when checked
try:
    with suppress("not a class"):
        raise ValueError("v")
except TypeError as e:
    print(type(e).__name__, e)

# not checked when no exception is raised
with suppress("not a class"):
    pass
print("unchecked")

# in a function with return
def first_int(items):
    for item in items:
        with suppress(ValueError):
            return int(item)
    return None
print(first_int(["a", "b", "12", "13"]))
print(first_int(["a"]))

# exception context in a suppressing block inside an except
try:
    raise KeyError("outer")
except KeyError:
    with suppress(ValueError):
        raise ValueError("inner")
    print("still handling")

# StopIteration
with suppress(StopIteration):
    next(iter([]))
print("stop suppressed")
