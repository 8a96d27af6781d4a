print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(5, 0, 1), pow(5, 0, -1))
print(pow(0, 0, 7), pow(7, 0, 7), pow(2**100, 2**100, 10**20 + 39), pow(12345678901234567890, -1, 10**20 + 39))
print(pow(2, -1, 1), pow(True, 5, 3), pow(5, -2, 13))
for args in [(2, -1, 4), (0, -1, 5), (6, -1, 9), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3, 5), (2, 3, None)]:
    try:
        print(args, pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(pow(2, -2), pow(-2, -3), pow(10, -5), 2 ** -1, (-8) ** (1/3) == (-8) ** (1/3))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(0, -2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-1) ** 10**20, 1 ** 10**20, 0 ** 10**20, (-1) ** (10**20 + 1))
print(2 ** 0, 0 ** 0, (-2) ** 63, 2 ** 64, (-3) ** 41)
print(divmod(7, 0) if False else "skip")
print((10 ** 40) ** -1, 2 ** -1074, 2 ** -1075)
try:
    print(2 ** -2000 == 0, (2 ** 2000) ** -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(10 ** -400)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
