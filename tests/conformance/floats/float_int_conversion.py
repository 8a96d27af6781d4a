for x in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**63 + 2**10, 2**63 + 2**10 + 1, -(2**53 + 1),
          2**1023, 2**1024 - 2**971, 2**1024 - 2**970 - 1, 10**308, 123456789012345678901234567890]:
    print(x, repr(float(x)), float(x) == x, int(float(x)) - x)
for f in [0.5, -0.5, 1.9999999999999998, 4503599627370495.5, 1e20, -1e20, 1.5e300, 2.0**63, -2.0**63, 2.0**64, 5e-324]:
    print(repr(f), int(f), f.__trunc__(), f.__floor__(), f.__ceil__(), round(f))
for bad in [2**1024, -(2**1024), 10**400]:
    try:
        float(bad)
    except OverflowError as e:
        print(type(e).__name__, e)
    try:
        bad * 1.0
    except OverflowError as e:
        print(type(e).__name__, e)
    try:
        bad / 2
    except OverflowError as e:
        print(type(e).__name__, e)
    print(bad > 1e308, bad < float('inf'), bad == float('inf'))
