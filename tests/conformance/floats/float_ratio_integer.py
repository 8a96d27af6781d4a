for v in [0.1, 0.5, 1.0, -2.5, 3.75, 1e-10, 1e10, 1e300, 5e-324, 2.0**-1074, 2.0**1023, 123456.789, -0.0, 0.0]:
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v, d & (d - 1) == 0, v.is_integer(), (v * 4).is_integer())
print((0.5).as_integer_ratio() == (1, 2), type((2.0).as_integer_ratio()[0]).__name__)
print([x.is_integer() for x in [1.0, 1.5, -0.0, 1e300, 5e-324, float('inf'), float('nan'), 2.0**52 + 0.5]])
