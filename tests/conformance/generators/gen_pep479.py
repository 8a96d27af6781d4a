# PEP 479: StopIteration raised inside a generator becomes RuntimeError.

def raises_stop():
    yield 1
    raise StopIteration("inner")

g = raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)

# next() on an exhausted iterator inside a generator.
def calls_next():
    it = iter([])
    yield next(it)

try:
    list(calls_next())
except RuntimeError as e:
    print("list():", e)

# StopIteration subclass.
class MyStop(StopIteration):
    pass

def raises_sub():
    raise MyStop
    yield

try:
    next(raises_sub())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

# Caught inside the generator: fine.
def catches():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside"

print(list(catches()))

# return is the right way to stop.
def returns():
    yield 1
    return

print(list(returns()))

# Thrown StopIteration is converted too.
def plain():
    yield 1
    yield 2

g = plain()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("throw:", e)

# In a generator expression.
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print("genexpr:", e)
