# Three-argument pow and pow edge cases.
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10**9 + 7))
print(pow(5, 0, 1), pow(0, 0), 0 ** 0, 0.0 ** 0, pow(-2, 3), (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(pow(2, -2), 2 ** -1, (-2) ** -2, 10 ** -3)
print(pow(38, -1, 97) * 38 % 97)
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((-1) ** 0.5 == (-1) ** 0.5, type((-1) ** 0.5).__name__)
print(2 ** 0.5, 4 ** 0.5, (-4.0) ** 2, 1.5 ** 2)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(1 ** float("inf"), float("inf") ** 0, 2 ** float("-inf"))
print(pow(-1, 2**70), pow(-1, 2**70 + 1), pow(7, 2**70, 13))
