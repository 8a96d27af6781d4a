# The exception being handled, inside and around generators.
import sys

def in_except():
    try:
        raise ValueError("inside")
    except ValueError:
        yield repr(sys.exception())
        yield repr(sys.exception())
    yield repr(sys.exception())

g = in_except()
print(next(g))
print("outside:", repr(sys.exception()))
print(next(g))
print(next(g))

# An exception raised in a generator while the caller handles one gets it as context.
def raiser():
    yield 1
    raise KeyError("gen")

g = raiser()
next(g)
try:
    raise TypeError("caller")
except TypeError:
    try:
        next(g)
    except KeyError as e:
        print(repr(e), repr(e.__context__))

# A generator suspended in an except block does not leak its exception to the caller.
def holds():
    try:
        raise IndexError("held")
    except IndexError:
        yield "suspended in except"

h = holds()
print(next(h))
try:
    raise NameError("fresh")
except NameError as e:
    print(repr(e.__context__))
print(repr(sys.exception()))

# Bare raise inside a generator re-raises its own handled exception.
def reraiser():
    try:
        raise OSError("orig")
    except OSError:
        yield "in handler"
        raise

r = reraiser()
print(next(r))
try:
    next(r)
except OSError as e:
    print("re-raised", repr(e))
