# Floor division and modulo sign rules for every sign combination, int and float.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a // float(b), a % float(b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (1e-300, -1)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % float("inf"), -5 % float("inf"), 5 // float("inf"), -5 // float("inf"))
print(2**100 // -3, 2**100 % -3, -(2**100) // 7, -(2**100) % 7)
print(divmod(-2**70, 2**35), divmod(2**70 + 1, -(2**35)))
print(-3 // 1, -3 % 1, 3 % -1, 0 // -5, 0 % -5)
print(round(-7 / 2), round(7 / 2), round(2.675, 2), round(-0.5), round(1.5))
print(int(-7 / 2), -7 // 2, int(7 / -2), 7 // -2)
