# An uncaught exception raised inside a generator.

def produce():
    yield 1
    yield 2
    raise ValueError("bad value in generator")

for x in produce():
    print(x)
