# yield from edge cases: delegate without throw/close, StopIteration from throw, return values.

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "nt"

def deleg():
    try:
        yield from NoThrow()
    except ValueError as e:
        print("raised in delegator:", e)
        yield "handled"

g = deleg()
print(next(g))
print(g.throw(ValueError("no throw method")))

# close() on a delegate without close() just stops.
g = deleg()
next(g)
g.close()
print("closed")

# A delegate whose throw() raises StopIteration ends the yield from with that value.
class StopOnThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def throw(self, *args):
        raise StopIteration("from throw")

def deleg2():
    r = yield from StopOnThrow()
    print("yield from returned", r)
    yield "next"

g = deleg2()
next(g)
print(g.throw(KeyError))

# A delegate generator that returns after a throw.
def sub():
    try:
        yield 1
    except KeyError:
        return "sub returned"

def deleg3():
    r = yield from sub()
    yield r

g = deleg3()
next(g)
print(g.throw(KeyError))

# Sending into a delegate iterator without send().
def deleg4():
    yield from iter([1, 2])

g = deleg4()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

# The delegator's send(None) after delegate exhaustion continues.
def deleg5():
    yield from ()
    yield "after empty"

print(list(deleg5()))

# Exceptions raised by the delegate propagate through with the inner traceback frames.
def failing():
    yield 1
    1 / 0

def deleg6():
    yield from failing()

g = deleg6()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
