cases = [(1 + 1j, 2), (1 + 1j, -2), (2j, 3), (1 + 2j, 0.5), (-1, 0.5), (1j, 1j), (2, 1j), (0j, 0), (0j, 3), (1e200 + 1e200j, 2),
         (1 + 1j, 101), (1 + 1j, 100), (1.5 + 0.5j, -100), (3 + 4j, 2.5), (complex(0, 0), 1 + 0j), (-8, 1 / 3), (1 + 0j, 1e10)]
for a, b in cases:
    try:
        r = a ** b
        print(a, b, r)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(a, b, type(e).__name__, e)
for a, b in [(0j, -1), (0j, 1j), (0j, -2.5), (0j, 1 + 1j), (1e300j, 3), (10j, 400)]:
    try:
        print(a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(pow(2j, 2), pow(1 + 1j, 3.0), (2 + 0j) ** (2 + 0j), 2 ** (2 + 0j), 2.0 ** 1j)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
