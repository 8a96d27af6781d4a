# A failing `as` target: __exit__ sees the exception.
class CM:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        print("enter")
        return self.value

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return False


try:
    with CM((1, 2, 3)) as (a, b):
        print("not reached")
except ValueError as e:
    print("ValueError", e)

try:
    with CM(5) as (a, b):
        print("not reached")
except TypeError as e:
    print("TypeError", e)

class NoSet:
    __slots__ = ()

d = {}
try:
    with CM(1) as d[[]]:
        print("not reached")
except TypeError as e:
    print("TypeError", e)

class Suppress(CM):
    def __exit__(self, t, v, tb):
        print("suppress", t.__name__ if t else None)
        return True

with Suppress((1,)) as (x, y):
    print("not reached")
print("suppressed target error")

# The enter result is bound before the body starts.
with CM([10, 20]) as (p, q):
    print("p, q =", p, q)
