vals = [0.0, -0.0, 0.5, 1.0, 1.5, -1.5, 2.0**52 + 0.5, 2.0**60, 1e300, 1e-300, 5e-324, 2**61 - 1.0, float(2**61), float(2**62), 123.456, -987.654e-10]
for v in vals:
    print(repr(v), hash(v), hash(v) == hash(int(v)) if v == int(v) else None)
print(hash(float('inf')), hash(float('-inf')))
print(hash(1.0) == hash(True), hash(0.0) == hash(False))
class C:
    pass
n = float('nan')
print(hash(n) == hash(n), type(hash(n)).__name__)
d = {n: 1}
print(d[n], n in d)
print(sorted([3.5, 1, -2.0, 2**60, 1e-300, True]), max(1.0, 1), min(1, 1.0), max(0.0, -0.0), min(-0.0, 0.0))
print(1.0 == 1, 1.0 == True, 1.5 == 3/2, 0.1 == 1/10, 1e300 == 10**300, 1e22 == 10**22, 1e23 == 10**23)
