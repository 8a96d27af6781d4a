# TypeErrors from mixing incompatible operand types.
cases = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] + (2,),
    lambda: (1,) + [2],
    lambda: None + 1,
    lambda: 1 - "1",
    lambda: "a" * "b",
    lambda: [1] * 1.5,
    lambda: 2 ** "x",
    lambda: "x" ** 2,
    lambda: {} + {},
    lambda: 1 / "2",
    lambda: "5" // 2,
    lambda: [] - [],
    lambda: 3 % [],
    lambda: 1.5 | 2,
    lambda: "abc" < 1,
    lambda: {1} + {2},
    lambda: -None,
    lambda: divmod("a", 2),
]
for i, fn in enumerate(cases):
    try:
        print(i, fn())
    except TypeError as e:
        print(i, type(e).__name__, e)
print("a" * 3, 3 * "a", [0] * 3, (1,) * 2, "ab" * 0, [1] * -1)
print("%s-%d" % ("x", 5), "5" + str(1), int("5") + 1)
