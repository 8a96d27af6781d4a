# List operators: +, *, in, comparison, equality, identity.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [] * 5, a * 0, a * -1)
print(2 in a, 6 in a, 6 not in a, [1] in [[1], 2], "x" in ["xy"])
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [1, 2] < [1, 2, 0], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [1.0, True] == [1, 1])
c = a
c += [4]
print(a, c is a)
d = a + []
print(d == a, d is a)
e = a[:]
e[0] = "changed"
print(a[0], e[0])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print(len([[]] * 3), [None] * 3, list("abc") + ["d"])
print(max([3, 7, 2]), min([3, 7, 2]), sum([3, 7, 2]), sorted([3, 7, 2]), [3, 7, 2][::-1])
