# round() with and without ndigits (banker's rounding).
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49999), round(-2.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(-7), round(2**70), round(123, 1), round(123, -5), round(5.5, 0), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 2)).__name__)
print(round(1e20), round(1.5e-5, 5), round(float("inf"), 2), round(True), round(0.0, 1), round(-0.0, 1))
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1.5"),
            lambda: round(1.5, 1.0)]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
