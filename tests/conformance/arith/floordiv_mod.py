# Floor division and modulo for ints follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 5), (-1, 5), (1, -5), (-1, -5), (100, 7), (-100, 7), (100, -7)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, "->", q, r, q * b + r == a)
print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(-1 // 10, -9 // 10, -10 // 10, -11 // 10)
print(-1 % 10, -9 % 10, -10 % 10, -11 % 10)
print(2**64 // 3, 2**64 % 3)
print(-(2**64) // 3, -(2**64) % 3)
print((2**70) // -(2**35), (2**70 + 1) % -(2**35))
print(True // 1, 7 // True, 7 % True)
