import math

vals = [0.0, 0.5, 1.0, 2.0, 10.0, 1e-10, 123.456]
for name in ["sqrt", "exp", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh",
             "fabs", "degrees", "radians", "log1p", "expm1", "cbrt", "exp2"]:
    f = getattr(math, name)
    print(name, [round(f(v), 12) for v in vals])
print([round(math.log(v), 12) for v in [0.5, 1, 2, 10, 1e300]])
print(math.log(8, 2), math.log2(1024), math.log10(1000), math.log(2**1000), math.log2(2**2000))
print(math.pow(2, 10), math.pow(2.5, 2), math.atan2(1, 1), math.hypot(3, 4), math.hypot(3, 4, 12))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(5, 2))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.pi, math.e, math.tau)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-0.5), math.floor(7))
for bad in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.asin, -2),
            (math.log1p, -1), (math.log2, 0), (math.log10, -5)]:
    try:
        bad[0](bad[1])
    except ValueError as e:
        print(bad[0].__name__, type(e).__name__, e)
for f, a in [(math.exp, 1000), (math.cosh, 1000), (math.pow, (10.0, 400))]:
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except OverflowError as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.sqrt("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
