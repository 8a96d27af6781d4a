# Generator expressions: laziness, first-iterable evaluated eagerly, exhaustion.
log = []
def src(n):
    log.append("src")
    return range(n)
g = (x * 2 for x in src(3))
print(log, type(g).__name__)
print(next(g), list(g), list(g))

try:
    h = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

def lazy_cond():
    out = []
    def check(x):
        out.append(x)
        return x % 2
    g = (x for x in range(5) if check(x))
    first = next(g)
    return first, out
print(lazy_cond())

print(sum(x * x for x in range(5)), max(len(s) for s in ["a", "bbb", "cc"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(x > 2 for x in [1, 2, 3]), all(x for x in []))
gen = (c.upper() for c in "abc")
print("".join(gen))
print(sorted((v for v in {3: 0, 1: 0, 2: 0}), reverse=True))
def outer():
    k = 10
    return list(x + k for x in range(3))
print(outer())
ge = (1 / x for x in [1, 0])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    next(ge)
except StopIteration:
    print("exhausted after error")
print(tuple(x for x in range(4) if x != 2))
