# Float floor division and modulo, including signed zeros.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5),
         (0.0, 3), (-0.0, 3), (1.0, 0.3), (5.5, 5.5), (-5.5, 5.5)]
for a, b in pairs:
    print(a, b, "->", a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2.0))
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0)
print(1e300 // 1e-10 == float("inf"), 10.0 // 3, -10.0 // 3)
print(type(7 // 2.0).__name__, type(7 % 2.0).__name__)
print(3.0 % float("inf"), -3.0 % float("inf"))
print(5 % 0.5, 5.25 % 0.5, -5.25 % 0.5)
