M = 2**61 - 1
for x in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1), -(2**61), 2**64, -(2**64), 2**100, -(2**100), 10**30, 2**122 - 1]:
    print(x, hash(x), hash(x) == hash(float(x)) if abs(x) < 2**1000 else None)
print(hash(True), hash(False), hash(-1) == hash(-2))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(-1) == hash(-1.0) == hash(complex(-1, 0)))
print(hash(2**80) == hash(float(2**80)), hash(0.5), hash(-0.5), hash(1.5), hash(1e300), hash(-1e-300))
print(hash(float('inf')), hash(float('-inf')), hash(0.0), hash(-0.0))
print(hash(3 + 4j), hash(-1j), hash(1j), hash(complex(0, -1)), hash(0.5 + 0.5j))
d = {1: 'a', 2.0: 'b', 3 + 0j: 'c'}
print(d[1.0], d[1 + 0j], d[2], d[complex(2)], d[3], d[3.0], True in d, {True: 1}[1])
s = {1, 1.0, 1 + 0j, True}
print(s, len({0, 0.0, -0.0, 0j, False}))
print(len({2**64, float(2**64)}), len({2**64 + 1, float(2**64 + 1)}))
