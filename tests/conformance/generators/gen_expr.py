# Generator expressions: laziness, scoping, the first iterable evaluated eagerly.

def noisy(n):
    print("noisy called")
    for i in range(n):
        print("noisy yields", i)
        yield i

ge = (x * 10 for x in noisy(3))
print("created")
print(next(ge))
print(list(ge))

# The first iterable is evaluated when the expression is created.
try:
    ge = (x for x in 5)
except TypeError as e:
    print("eager:", type(e).__name__, e)

# Later iterables are evaluated lazily.
ge = (x for x in [1] for y in 5)
print("lazy created")
try:
    next(ge)
except TypeError as e:
    print("lazy:", e)

# Nested and filtered.
print(list((x, y) for x in range(3) for y in range(x) if (x + y) % 2))
print(sum(x * x for x in range(10) if x % 3))

# Closures see the variable, not its value at creation.
n = 1
ge = (x + n for x in range(3))
n = 100
print(list(ge))

# Generator expression methods.
ge = (x for x in range(5))
print(next(ge), ge.send(None))
ge.close()
print(list(ge))

ge = (x for x in range(5))
next(ge)
try:
    ge.throw(ValueError("into genexpr"))
except ValueError as e:
    print("genexpr throw:", e)

# Exhausting twice.
ge = (c for c in "ab")
print(list(ge), list(ge))

# As the only argument, without extra parentheses.
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((w for w in "cab"), key=str))

# A generator expression over a generator.
def gen():
    yield from range(4)

print(list(x * 2 for x in gen()))

# Just-started generator expressions reject non-None send.
ge = (x for x in range(2))
try:
    ge.send(1)
except TypeError as e:
    print(type(e).__name__, e)
