# throw(): exception instances and types, caught or not, before start and after finish.

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught ValueError", e)
        except KeyError as e:
            print("caught KeyError", e)
            yield "after key"

g = catcher()
print(next(g))
print(g.throw(ValueError("one")))
print(g.throw(KeyError("two")))
print(next(g))
print(g.throw(ValueError))
try:
    g.throw(TypeError("not caught"))
except TypeError as e:
    print("propagated", type(e).__name__, e)
# The generator is finished now.
try:
    next(g)
except StopIteration:
    print("finished")
try:
    g.throw(ValueError("after finish"))
except ValueError as e:
    print("raised directly", e)

# Throwing into a just-created generator raises at once and finishes it.
def never():
    print("never printed")
    yield 1

g = never()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early", e)
print(list(g))

# The return value of a generator that returns after a throw.
def ret_on_throw():
    try:
        yield 1
    except ValueError:
        return "recovered"

g = ret_on_throw()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)

# Bad arguments.
g = catcher()
next(g)
for bad in [1, "x", object]:
    try:
        g.throw(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g.throw()
except TypeError as e:
    print(type(e).__name__, e)

# throw with a traceback-less exception type instance; the exception object is kept.
exc = ValueError("same object")
def reraiser():
    try:
        yield
    except ValueError as e:
        print("identity", e is exc)
        raise

g = reraiser()
next(g)
try:
    g.throw(exc)
except ValueError as e:
    print("got back", e is exc)

# finally runs when a thrown exception propagates.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = with_finally()
next(g)
try:
    g.throw(IndexError("boom"))
except IndexError as e:
    print("IndexError", e)
