# Generators: send, throw, close, return values, yield from delegation.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)

g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def inner():
    a = yield 1
    b = yield 2
    return (a, b)

def outer():
    result = yield from inner()
    yield ("inner gave", result)

o = outer()
print(next(o), o.send("x"), o.send("y"))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)

c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("nope"))
except KeyError as e:
    print("propagated", repr(e))
print(list(c))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closing")
cl = closer()
print(next(cl))
cl.close()
cl.close()
print(list(cl))

def fresh():
    yield 1
f = fresh()
try:
    f.send("x")
except TypeError as e:
    print(type(e).__name__, e)

def early_return():
    yield 1
    return
    yield 2
print(list(early_return()))

def gen_raises():
    yield 1
    raise StopIteration("inside")
try:
    list(gen_raises())
except RuntimeError as e:
    print(type(e).__name__, e)

def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)
