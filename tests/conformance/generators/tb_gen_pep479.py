# An uncaught StopIteration inside a generator becomes RuntimeError.

def gen():
    yield 1
    raise StopIteration("leaked")

g = gen()
print(next(g))
next(g)
