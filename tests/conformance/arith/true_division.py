# True division always produces a float.
print(6 / 3, 7 / 2, -7 / 2, 1 / 3, 2 / 3, 10 / 4, 0 / 5, -0 / 5)
print(type(6 / 3).__name__, 1 / 7 * 7, 9 / 3 / 3)
print(2**60 / 2**30, 10**20 / 10**10, (2**53 + 1) / 1)
print(10**300 / 10**299, 1 / 10**300, 10**310 / 10**300)
print(123456789123456789 / 1000, -1 / 2**70)
print(5.0 / 2, 5 / 2.0, -5.0 / 4, 1e308 / 1e-10)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10**400 / 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 / 10**399, 2**2000 / 2**1999)
print(True / 4, 3 / True)
