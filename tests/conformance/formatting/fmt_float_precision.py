# correctly rounded fixed/exponent output, half-even only on exact ties
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.115, 0.045, 1e23, 9.5, 10.5, 0.0625, 1.25, 1.35, 2**-10, 2**-30, 1/3, 2/3,
          123456789.125, 5e-324, 1e-310, 9.999999999999999e22, 4.35, 0.3, 8.5, 7.5, 6.5]:
    print(repr(v), [format(v, f".{p}f") for p in (0, 1, 2, 3, 5, 17, 25)])
    print(repr(v), [format(v, f".{p}e") for p in (0, 1, 2, 3, 16, 20)])
    print(repr(v), [format(v, f".{p}g") for p in (1, 2, 3, 6, 15, 17, 20)])
print(format(5e-324, ".1074f")[-20:], len(format(5e-324, ".1100f")), format(1e300, ".0f")[:30], len(format(1e300, "f")))
print(format(2**0.5, ".60f"), format(2**0.5, ".60e"), format(0.1, ".55f"))
print(format(1e16, ".17g"), format(1e15, "g"), format(1e16, "g"), format(123456, "g"), format(1234567, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(9.9999, ".3g"), format(9.9999, ".4g"), format(0.00099999, ".2g"), format(99999.5, "g"), format(999999.5, "g"), format(9999995, ".6g"))
print("%.3f %.0f %.1e %g %G %.12g" % (2.0005, 0.5, 15.5, 1e-5, 1e20, 0.1 + 0.2))
