# yield from: delegation of next/send/throw/close and the return value.

def sub():
    x = yield "sub1"
    print("sub got", x)
    y = yield "sub2"
    print("sub got", y)
    return "sub result"

def outer():
    r = yield from sub()
    print("outer got", r)
    yield "outer"
    return "outer result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# yield from any iterable.
def flat(seqs):
    for s in seqs:
        yield from s

print(list(flat([[1, 2], (3,), "ab", range(2), {9: 0}])))

# The value of yield from over a non-generator iterator is None.
def vals():
    r = yield from [1, 2]
    yield r

print(list(vals()))

# Throwing into a delegating generator goes to the innermost one.
def inner_catch():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    return "inner done"

def outer_catch():
    r = yield from inner_catch()
    print("outer sees", r)
    yield "outer next"

g = outer_catch()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))

# Uncaught in the inner generator: propagates to the outer one.
def inner_raise():
    yield 1

def outer_handles():
    try:
        yield from inner_raise()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "handled"

g = outer_handles()
next(g)
print(g.throw(KeyError("k")))

# close() closes the whole chain, innermost first.
def leaf():
    try:
        yield "leaf"
    finally:
        print("leaf closed")

def mid():
    try:
        yield from leaf()
    finally:
        print("mid closed")

def top():
    try:
        yield from mid()
    finally:
        print("top closed")

g = top()
print(next(g))
g.close()

# Delegation to an iterator that has send/throw methods (a class).
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return ("echo", v)
    def throw(self, exc):
        print("Echo.throw", repr(exc))
        return "thrown"
    def close(self):
        print("Echo.close")

def use_echo():
    r = yield from Echo()
    print("result", r)

g = use_echo()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("v")))
print(g.send(2))
try:
    g.send(3)
except StopIteration:
    print("stopped")

g = use_echo()
next(g)
g.close()

# Nested yield from with return values.
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    return r + 1

g = depth(5)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)

# yield from a non-iterable.
def bad():
    yield from 5

try:
    next(bad())
except TypeError as e:
    print(type(e).__name__, e)
