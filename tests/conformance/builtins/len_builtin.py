# len() on built-in types.
print(len(""), len("abc"), len("日本語"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(set()), len({1, 2, 2, 3}), len(frozenset([1])))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, 2)))
print(len(b"bytes"), len(bytearray(4)), len({}.keys()), len({1: 2}.items()), len("a" * 1000))
for bad in [5, 2.5, None, True, print]:
    try:
        print(len(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(len(iter([1, 2])))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(len(x for x in "ab"))
except TypeError as e:
    print(type(e).__name__, e)
