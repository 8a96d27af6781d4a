# int(str, base): whitespace, underscores, signs, prefixes, base 0
cases = ["0", "-0", "+7", "  42  ", "\t-17\n", "1_000", "1_0_0", "0_0", "00", "000_0", "0x1f", "0X1F", "0o17", "0b101",
         "1__0", "_1", "1_", "", " ", "+", "-", "0x", "1.0", "1e3", "12a", "٣", "１２", "-٣٤", "0_7", "07", "+ 1", "--1",
         "9" * 30, "-" + "1" * 25, "1 2", "\u00a01\u00a0", "0b", "0x_1", "0_x1"]
for s in cases:
    for base in [10, 0, 16, 2, 8, 36]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, type(e).__name__, e)
print(int("z", 36), int("Z", 36), int("10", 2), int("-ff", 16), int("0x_ff", 0), int("0b_1_0", 0), int("0o_7", 8))
print(int("0x10", 16), int("0b11", 2), int("0o11", 8), int("11", base=3), int(" -0b1 ", 0))
print(int(b"12"), int(b" -3 ", 16), int(bytearray(b"77"), 8))
for bad in [lambda: int("1", 1), lambda: int("1", 37), lambda: int("1", -1), lambda: int(5, 10), lambda: int(5.0, 2),
            lambda: int("1", "2"), lambda: int("1", 2.0), lambda: int(None), lambda: int([1]), lambda: int(base=10),
            lambda: int("1", 10, 3), lambda: int(x="1"), lambda: int(b"\xff"), lambda: int("\x00")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(), int(3.99), int(-3.99), int(True), int(2**70), int(1e20), int(-0.0))
class A:
    def __index__(self):
        return 7
class B:
    def __int__(self):
        return 8
class C:
    def __trunc__(self):
        return 9
print(int(A()), int(B()), int("11", A()))
