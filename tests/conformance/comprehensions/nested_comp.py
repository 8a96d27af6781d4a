# Nested comprehensions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([x for row in matrix if sum(row) > 10 for x in row if x % 2])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 20) if a * a + b * b == c * c])
print({i: [j for j in range(i)] for i in range(4)})
print([[c for c in word] for word in ["ab", "cde"]])
print(sum(x * y for x in range(4) for y in range(4)), [y for x in [[1, [2]], [3]] for y in x])
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid)
print([list(range(n)) for n in range(4)])
