# Generator expressions are lazy and single-use.
def noisy(x):
    print("computing", x)
    return x * x
g = (noisy(x) for x in range(3))
print("created")
print(next(g))
print("between")
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))
src = [1, 2, 3]
g2 = (x + 1 for x in src)
src.append(4)
print(list(g2))
g3 = (x for x in range(5))
print(3 in g3, list(g3))
g4 = (1 / x for x in [1, 0])
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g4, "after error"))
try:
    g5 = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
