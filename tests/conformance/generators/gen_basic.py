# Basic generator behaviour: yield, next, return values, StopIteration.value.

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

g = counter(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
# Exhausted generators keep raising StopIteration with no value.
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)

print(list(counter(5)))
print(sum(counter(10)))
print(next(counter(0), "default"))

def empty():
    return
    yield

print(list(empty()))

def ret_none():
    yield 1
    return None

g = ret_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)

def ret_tuple():
    yield 1
    return (1, 2)

g = ret_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)

# A generator is its own iterator.
g = counter(2)
print(iter(g) is g)
print(g.__iter__() is g)
print(g.__next__(), g.__next__())

# yield as an expression and in various positions.
def exprs():
    x = yield
    print("x =", x)
    y = (yield 1) + (yield 2)
    print("y =", y)
    yield [(yield "a"), (yield "b")]

g = exprs()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(30))
print(g.send("A"))
print(g.send("B"))
try:
    g.send(None)
except StopIteration:
    print("end")

# Generators with arguments, defaults, closures.
def gen_args(a, b=2, *rest, k=3, **kw):
    yield a
    yield b
    yield rest
    yield k
    yield sorted(kw.items())

print(list(gen_args(1, 5, 6, 7, k=8, z=9)))

def outer():
    total = 0
    def inner():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return inner

print(list(outer()()))

# Generators in methods.
class C:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for it in self.items:
            yield it * 2

print(list(C([1, 2, 3])))
print([x for x in C("ab")])

# Infinite generator consumed partially.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

g = naturals()
print([next(g) for _ in range(5)])
print(next(g))

# Two independent generators from the same function.
a = counter(3)
b = counter(3)
print(next(a), next(a), next(b))
