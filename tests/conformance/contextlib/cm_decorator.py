# Generator-based managers used as decorators: a fresh generator for each call.
from contextlib import contextmanager

calls = []

@contextmanager
def traced(label):
    calls.append("enter " + label)
    try:
        yield label
    finally:
        calls.append("exit " + label)

@traced("deco")
def work(a, b=2):
    """Add two numbers."""
    calls.append("work %s %s" % (a, b))
    return a + b

print(work(1))
print(work(3, b=4))
print(calls)
print(work.__name__, work.__doc__, work.__qualname__)
print(work.__wrapped__(10, 20))

# recursion: each level enters its own manager
calls.clear()

@traced("rec")
def countdown(n):
    if n:
        countdown(n - 1)
    calls.append("at " + str(n))

countdown(2)
print(calls)

# exceptions through the decorated function
calls.clear()

@traced("err")
def boom():
    raise ValueError("boom")

for _ in range(2):
    try:
        boom()
    except ValueError as e:
        print("caught", e)
print(calls)

# a decorator manager that swallows
@contextmanager
def quiet():
    try:
        yield
    except ZeroDivisionError:
        print("quiet swallowed")

@quiet()
def divide(a, b):
    return a / b

print(divide(6, 3))
print(divide(1, 0))

# the same manager instance decorating several functions
calls.clear()
shared = traced("shared")

@shared
def one():
    calls.append("one")

@shared
def two():
    calls.append("two")

one(); two(); one()
print(calls)

# the original instance is never entered by decorator calls, so it can still be used
with shared as v:
    print("direct", v)
print(calls[-2:])

# decorating after the instance was entered fails: its arguments are gone
entered = traced("late")
with entered:
    pass

@entered
def late():
    pass

try:
    late()
except AttributeError as e:
    print(type(e).__name__, e)

# the decorated function keeps extra attributes
def source():
    pass
source.flag = 1
wrapped = traced("x")(source)
print(wrapped.flag, wrapped.__wrapped__ is source, wrapped.__name__)

# a manager whose generator is not re-usable still works many times as decorator
@contextmanager
def once():
    yield

@once()
def many(i):
    return i * i

print([many(i) for i in range(5)])

# methods decorated by a manager
class Box:
    @traced("method")
    def get(self, x):
        return (self.__class__.__name__, x)

calls.clear()
print(Box().get(9))
print(calls)
