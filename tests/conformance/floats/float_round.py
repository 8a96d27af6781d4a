for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e300, -1e300, 2.675, 0.125, 0.375, 1.005,
          2.5e-5, 123.456, -123.456, 1e-320, 5e-324, 0.0, -0.0, 1234567.891, 9.995, 0.285, 0.1 + 0.2]:
    print(repr(x), round(x) if abs(x) < 1e300 else "big", [round(x, n) for n in (0, 1, 2, 3, -1, -2, 10, 20, 400, -400, -308)])
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, round(1e300), round(-1e300) == -10**300)
print(round(0.5, 1), round(-0.0), round(-0.4), round(-0.0, 2), round(-0.4, 0), round(0.4, 0))
for bad in [float('nan'), float('inf'), float('-inf')]:
    try:
        print(round(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    print(round(bad, 2), round(bad, -2))
print(round(1.5, 2**70), round(1.5, -2**70), round(-1.5, -2**70))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print((2.5).__round__(), (2.5).__round__(1), (3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__(), (1e20).__trunc__())
print((-0.5).__floor__(), (-0.5).__ceil__(), (-0.5).__trunc__(), (2.0**80).__floor__(), (1e-300).__ceil__())
for bad in [float('nan'), float('inf')]:
    for f in (float.__floor__, float.__ceil__, float.__trunc__, int):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
