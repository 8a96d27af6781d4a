inf = float('inf'); nan = float('nan')
for a, b in [(inf, inf), (inf, -inf), (inf, 0.0), (0.0, -0.0), (-0.0, -0.0), (1e308, 1e308), (5e-324, 0.5), (nan, 0.0), (1.0, nan)]:
    print(a + b, a - b, a * b, end=" ")
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [(2.0, 0.5), (-8.0, 1/3), (0.0, 0.0), (0.0, -1.0), (-0.0, -1.0), (inf, -1.0), (-inf, 3.0), (-inf, 2.0), (nan, 0.0), (1.0, nan),
             (-1.0, inf), (-1.0, -inf), (0.5, -inf), (2.0, -inf), (1e10, 1e10), (-2.0, 1e10), (-2.0, 2**63 + 0.0), (10.0, -400.0), (2.0, 1024.0)]:
    try:
        print(a, b, a ** b)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(a, b, type(e).__name__, e)
print(pow(-8.0, 1/3), (-1) ** 0.5, (-4.0) ** 0.5, 0.0 ** 0, 2 ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, (1e308 * 10) - (1e308 * 10))
print(0.1 + 0.2 == 0.3, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 3 * 0.1 / 3, sum([0.1] * 10))
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, inf == inf, [nan] == [nan], (nan,) == (nan,))
x = nan
print(x is x, x == x, [x] == [x], x in [x])
print(-0.0 == 0.0, repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(0.0 * -1), repr(-0.0 * -0.0), repr(abs(-0.0)))
print(float('inf') - float('inf') != 0, int(1e300) == 10**300, int(1e300) % 1000, int(2.5e-5), int(-0.9))
