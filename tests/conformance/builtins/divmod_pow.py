# divmod() and pow() builtins.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (2**70, 3), (-(2**70), 7)]:
    print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(0, 0))
print(pow(3, 4, 5), pow(123456789, 987654321, 10**9 + 7), pow(-2, 3, 5), pow(2, 100, 2**61 - 1))
print(pow(3, -1, 7), pow(10, -3, 17), pow(2, 10, -7), pow(base=2, exp=5), pow(2, exp=3, mod=3))
for call in [lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: divmod(5, 0), lambda: divmod(5.0, 0.0),
             lambda: pow(2, 0.5, 3), lambda: divmod("a", 1)]:
    try:
        print(call())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
