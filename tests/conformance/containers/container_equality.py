# Equality and ordering across container types.
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2), [1, 2] == [2, 1])
print({1: "a"} == {1: "a"}, {1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {} == set())
print([1, 2.0] == [1.0, 2], [True] == [1], ["1"] == [1], [[]] == [[]], [()] == [[]])
print((1, 2) < (1, 3), (2,) > (1, 99), [1, 2, 3] > [1, 2], "abc" > "abd", (1, "a") < (1, "b"))
print(range(3) == range(0, 3), list(range(3)) == [0, 1, 2], "ab" == ["a", "b"], b"a" == "a")
print({1: [1, 2]} == {1: [1, 2]}, {"k": {"n": 1}} == {"k": {"n": 2}}, {1: 1}.items() == {(1, 1)})
nan = float("nan")
lst = [nan]
print(lst == lst, [nan] == [nan], nan in lst, (nan,) == (nan,), [float("nan")] == [float("nan")])
a = [1, 2]
print(a is a, a == a[:], a is a[:], [] is not [], () == ())
try:
    print([1] < ["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1: 2} < {1: 3})
except TypeError as e:
    print(type(e).__name__, e)
