# sum() with start values.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([1, 2], 10), sum([1, 2], start=10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum({5, 6}), sum([2**64, 2**64]))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([-0.0]), sum([], -0.0))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: sum(5),
             lambda: sum([[1]]), lambda: sum([b"a"], b"")]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
