# min() and max() with key= and default=.
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((1,)), min("hello"), max("hello"))
print(max([1, 5, 3], key=lambda x: -x), min(["bb", "a", "ccc"], key=len), max(["bb", "a", "cc"], key=len))
print(min([], default="empty"), max([], default=None), min([7], default=0), max((), key=len, default=-1))
print(max(1, 2.5), min(1, 1.0), min(1.0, 1), max(True, 1), max(1, True))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 9]]), max({1: "a", 3: "b"}))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: (x % 3, -x)))
print(max("apple", "pear", "fig", key=len), min(x * x for x in range(-3, 3)))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: min(1),
             lambda: max(1, "a"), lambda: max(1, 2, default=0), lambda: min([1, 2], bogus=1)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
