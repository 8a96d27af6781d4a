# async def creates coroutine objects; a tiny driver runs them to completion.

def run(coro):
    """Drive a coroutine with send(None) until it finishes; print what it yields."""
    try:
        while True:
            print("  yielded", repr(coro.send(None)))
    except StopIteration as e:
        return e.value

async def answer():
    return 42

c = answer()
print(type(c).__name__)
print(repr(c).startswith("<coroutine object answer at 0x"))
print(c.__name__, c.__qualname__)
print(run(c))

async def nothing():
    pass

print(run(nothing()))

async def add(a, b=10, *, k=0):
    return a + b + k

print(run(add(1)), run(add(1, 2, k=3)))

async def chain():
    x = await answer()
    y = await add(x)
    return x, y

print(run(chain()))

# An awaitable that suspends: yields a value to the driver.
class Suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return ("resumed with", got)

async def uses_suspend():
    r1 = await Suspend("first")
    r2 = await Suspend("second")
    return r1, r2

print(run(uses_suspend()))

# Driving with values.
c = uses_suspend()
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("result", e.value)

# Coroutines are not iterators.
c = answer()
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in c:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(run(c))

# Methods and closures.
class Account:
    def __init__(self):
        self.balance = 0
    async def deposit(self, n):
        self.balance += n
        return self.balance

acct = Account()
print(run(acct.deposit(5)), run(acct.deposit(7)))
print(acct.deposit(1).__qualname__)

def make():
    count = 0
    async def inc():
        nonlocal count
        count += 1
        return count
    return inc

inc = make()
print(run(inc()), run(inc()), run(inc()))

# Exceptions propagate out of send().
async def fails():
    raise ValueError("in coroutine")

try:
    run(fails())
except ValueError as e:
    print("caught", e)

# Recursion through await.
async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)

print(run(fact(10)))
