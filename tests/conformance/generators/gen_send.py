# send(): the value of the yield expression; errors for just-started generators.

def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = echo()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
# The failed send does not start the generator.
print(next(g))
print(g.send(5))

# send on a finished generator raises StopIteration.
def one():
    yield 1

g = one()
next(g)
try:
    g.send(1)
except StopIteration as e:
    print("stop", e.args)
try:
    g.send(2)
except StopIteration as e:
    print("stop again", e.args)

# send() argument errors.
g = one()
try:
    g.send()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.send(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# A running average coroutine-style generator.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 40]:
    print(a.send(v))

# send() values flow through nested expressions.
def acc():
    s = 0
    while True:
        s += (yield s) or 0

g = acc()
print(next(g), g.send(1), g.send(2), g.send(None), g.send(10))
