for x in [0, 1, -1, 5, -5, 2**62, -2**62, 2**63 - 1, -2**63, 2**100, -(2**100) - 1]:
    for s in [0, 1, 2, 31, 32, 62, 63, 64, 65, 100, 200, 1000]:
        print(x, s, x << s, x >> s)
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << -2**100, lambda: 1 >> -2**100, lambda: 1 << 1.0, lambda: 1 >> "a"]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(5 >> 2**100, -5 >> 2**100, 0 << 2**100, True << 3, True >> 1, 2**200 >> 199)
try:
    print(1 << 2**100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print(~0, ~5, ~-5, ~(2**64), ~-(2**64))
print(6 & -3, -6 & 3, -6 | 3, -6 ^ 3, (2**70 - 1) & -(2**65), -(2**70) | 12345, (2**70) ^ -1)
print(True & 3, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
