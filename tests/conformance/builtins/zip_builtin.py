# zip() including strict=True.
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [])))
print(list(zip("abcd", range(2))), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", [1, 2])))
print(list(zip([1, 2], [3, 4], [5, 6])), list(zip(range(3), range(3), strict=True)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
z = zip("xy", "pq")
print(next(z), list(z), list(z), type(z).__name__)
for args in [([1, 2, 3], [1]), ([1], [1, 2]), ([1, 2], [3, 4], [5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
