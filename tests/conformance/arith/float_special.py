# Arithmetic with infinities and NaN.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * 2, -inf * 2, inf / 1e308, 1 / inf, -1 / inf)
print(inf - inf, inf * 0, nan + 1, nan * 0, inf / inf)
print(inf > 1e308, -inf < -1e308, nan == nan, nan is nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(float("Infinity"), float("-iNF"), float("NaN"), float("+inf"))
print(abs(-inf), abs(nan), -nan)
print(inf == float("inf"), max(1, inf), min(-inf, 0))
vals = [3.0, nan, 1.0]
print(nan in vals, vals.count(nan), 3.0 in vals)
print(int(1e18), int(-2.5), int(2.999999), int(-0.5))
for bad in (inf, -inf, nan):
    try:
        print(int(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((0.0).is_integer(), (2.5).is_integer(), (1e300).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
try:
    print(inf.as_integer_ratio())
except OverflowError as e:
    print(type(e).__name__, e)
