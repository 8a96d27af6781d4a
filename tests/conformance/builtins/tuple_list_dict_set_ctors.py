# Container constructors: list(), tuple(), dict(), set(), frozenset().
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}), list({"k": 1}.values()))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(x for x in range(3)))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict(zip("ab", "cd")))
print(set(), sorted(set("hello")), set([3, 1, 3]), frozenset(), frozenset([2, 1]), set(range(4)))
print(list(list("ab")), tuple(tuple("x")), dict(dict(a=1)) == {"a": 1})
for call in [lambda: list(5), lambda: tuple(None), lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]),
             lambda: set([[1]]), lambda: dict(1), lambda: list("a", "b")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
