# Conversions between int, float and str.
print(int(3.9), int(-3.9), int(0.0), int(-0.0), int(1e20))
print(int("42"), int("  42  "), int("-17"), int("+5"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("777", 8), int("-101", 2), int("10", 0))
print(float(1), float(-7), float("1.5"), float(" -2.25 "), float("1e3"), float("1_0.5"))
print(float(2**100), int(float(2**100)) == 2**100)
print(int(True), float(False), int("0"), int("-0"))
print(round(7.5), round(8.5), round(-7.5), type(round(7.5)).__name__)
print(float("12345678901234567890"), int(12345678901234567890.0))
print(3 + 0.5, 3 * 1.0, 7 // 2.0, 2**63 + 0.0)
bad = ["x", "1.5", "", " ", "1 2", "0x10", "١٢"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["abc", "", "1.2.3", "1e"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(int("12", 1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(int("9", 8))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(int(None))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(float([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(float(10**400))
except OverflowError as e:
    print(type(e).__name__, e)
