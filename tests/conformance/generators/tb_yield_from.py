# An uncaught exception through a chain of yield from.

def level3():
    yield "deep"
    return {}["missing"]

def level2():
    yield from level3()

def level1():
    result = yield from level2()
    yield result

g = level1()
print(next(g))
print(next(g))
