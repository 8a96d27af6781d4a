def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] <= [1, 2], [1] >= [1, 0])
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1] == (1,), [1] != (1,))
t(lambda: [1] < (1,))
t(lambda: [1] < [None])
t(lambda: [1, "a"] < [1, 2])
print([1, "a"] < [2, 1])
print([1, [2]] == [1, [2]])
n = float("nan")
print([n] == [n])
t(lambda: [] < 1)
t(lambda: (1,) > [1])
print((1, 2) < (1, 3), (1,) < (1, 2), () == (), (1, 2) >= (1, 2), (3,) > (2, 9))
t(lambda: (1,) < (None,))
class C:
    def __eq__(s, o): return "yes"
print([C()] == [C()])
print([1, 2] == [1, 2, 3])
