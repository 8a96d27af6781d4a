# close(): GeneratorExit at the yield, finally blocks, ignored GeneratorExit, return values.

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = with_finally()
print(next(g))
print(g.close())
print(g.close())
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")

# Closing a generator that has not started does not run it.
g = with_finally()
g.close()
print(list(g))

# Closing a finished generator is a no-op.
g = with_finally()
print(list(g))
g.close()

def sees_exit():
    try:
        yield
    except GeneratorExit as e:
        print("GeneratorExit", type(e).__name__, e.args)
        raise

g = sees_exit()
next(g)
g.close()

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# Since 3.13 close() returns the value the generator returns.
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return "closing value"

g = returns_on_close()
next(g)
print(repr(g.close()))

def swallows():
    try:
        yield
    except GeneratorExit:
        pass

g = swallows()
next(g)
print(repr(g.close()))

# Another exception raised while closing propagates.
def raises_other():
    try:
        yield
    finally:
        raise ValueError("from finally")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)

# StopIteration-like completion inside close is fine.
def nested_try():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

g = nested_try()
next(g)
g.close()

# close() with arguments is an error.
try:
    g.close(1)
except TypeError as e:
    print(type(e).__name__, e)
