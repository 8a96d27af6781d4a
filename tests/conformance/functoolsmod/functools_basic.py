import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)

def power(base, exp=2):
    return base ** exp
sq = partial(power, exp=2)
cube = partial(power, exp=3)
p2 = partial(partial(power, 2), exp=5)
print(sq(5), cube(2), p2(), p2.func is power, p2.args, p2.keywords)

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner

@deco
def documented(x):
    "Doc string."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))

calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
print(slow(2), slow(3), slow(2), slow(4), slow(3), calls)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().currsize)

class Circle:
    def __init__(self, r):
        self.r = r
        self.count = 0
    @cached_property
    def area(self):
        self.count += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.count, "area" in c.__dict__)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(2) <= V(2), V(3) > V(2), V(1) >= V(2), sorted([V(3), V(1), V(2)])[0].v)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)), sorted(["b", "a"], key=cmp_to_key(lambda a, b: -cmp(a, b))))

@singledispatch
def describe(x):
    return "object"
@describe.register(int)
def _(x):
    return "int %d" % x
@describe.register
def _(x: list):
    return "list of %d" % len(x)
print(describe(1), describe([1, 2]), describe("s"), describe(True))
