big = 2**53
for a, b in [(big + 1, float(big + 1)), (big + 1, float(big)), (big, float(big)), (2**64 + 1, 2.0**64), (-(2**64) - 1, -(2.0**64)),
             (10**400, float('inf')), (-(10**400), float('-inf')), (10**400, 1e308), (1, float('nan')), (2**1000, 2.0**1000),
             (2**1000 + 1, 2.0**1000), (0, -0.0), (3, 3.5), (-3, -3.5), (2**63, 9.223372036854776e18), (2**63 - 1, 9.223372036854776e18)]:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a, b > a)
print(1 == 1.0, [1, 2.0] == [1.0, 2], (1,) == (1.0,), 2**53 + 1 == 2**53 + 1.0)
print(max(2**53 + 1, float(2**53)), min(-0.0, 0), sorted([3, 2.5, 2**60, 1e18, -1, True]))
print(float(2**53 + 1), float(2**63 - 1), float(-(2**63)), float(2**1023 * 2 - 2**971), 2**54 + 1 == float(2**54 + 1))
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2**1024 + 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.5 < 2**1024
    print(1.5 < 2**1024, float('inf') > 2**5000)
except OverflowError as e:
    print(type(e).__name__, e)
print((2**1024) / (2**1023), (10**400) / (10**399), 1 / (10**400), (10**400 + 1) // 10**399)
try:
    print((10**400) / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(1 / 3, 2 / 3, (2**60 + 1) / 3, 10**20 / 7, -(10**20) / 7, (2**53 + 1) / 1)
