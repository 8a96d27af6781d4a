# enumerate() with and without start.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate(["x", "y"], start=-2)), list(enumerate(range(3), 2**64)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate("hi")
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(dict(enumerate("ab")), {v: i for i, v in enumerate("xyz")})
try:
    enumerate(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    enumerate("a", "1")
except TypeError as ex:
    print(type(ex).__name__, ex)
