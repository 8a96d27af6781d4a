# int() constructor.
print(int(), int(7), int(-7.9), int(True), int("  12  "), int("-0"), int("+3"))
print(int("101", 2), int("z", 36), int("0x1F", 16), int("0b11", 0), int("0o17", 0), int("1_2", 0))
print(int("ffff", 16), int("FFFF", 16), int("10", 10), int(b"42"), int(bytearray(b"7")))
print(int(12345678901234567890.0), int(-1e25), int("9" * 40))
print(type(int("5")).__name__, int(int(3)), int(2**100) == 2**100)
for args in [("abc",), ("1.0",), ("",), ("12", 2), ("0x1F",), ("08", 0), ("1__0",), ("_1",),
             ("3", 37), ("3", -1), (3.0, 10), ([],), (None,), ("١٠",)]:
    try:
        print(args, int(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
