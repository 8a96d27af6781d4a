# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4, 2 - 3 - 4, 2 - (3 - 4))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -1)
print(10 - 4 / 2, 10 // 3 * 3, 10 % 3 * 2, 2 * 10 % 3)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 16 >> 1 + 1)
print(5 & 3 | 8, 5 & (3 | 8), 1 | 2 ^ 3, 1 ^ 2 & 3)
print(3 & 6 == 2, (3 & 6) == 2, 1 + 1 == 2 and 3 > 2)
print(not 1 + 1 == 3, not 1 or 2, not (1 or 2))
print(1 or 2 and 0, (1 or 2) and 0, 0 and 1 or 2)
print(~1 + 1, -3 % 5, -(3 % 5), 2 * -3 ** 2)
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) + 10)
print([1, 2] + [3] * 2, "ab" * 2 + "c", 3 * "x" "y")
x = 7
print(x > 5 and x < 10 or x == 0, x in [7] == True, (x in [7]) == True)
f = lambda: 1 if False else "lambda-body-ok" and "end"
print(f())
