# float() constructor.
print(float(), float(3), float(-2), float("3.25"), float("  -1e-3 "), float("1_000.5"), float(True))
print(float("inf"), float("-Infinity"), float("nan"), float("1e400"), float("-1e400"), float(".5"), float("5."))
print(float(2**53), float(10**20), float("0x10" if False else "16"), float(b"2.5"))
print(float("1e-400"), float("-0"), float("000.125"), float("1E5"))
for bad in ["", "abc", "1,5", "1.5.5", "inf inf", "0x10", "1e", "--1", "1_", "nan1"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1.0], "1"]:
    try:
        print(float(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(float(2**1024))
except OverflowError as e:
    print(type(e).__name__, e)
