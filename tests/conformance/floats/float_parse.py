cases = ["1", " 1.5 ", "\t-2.25\n", "1_0.5", " 1_0.5 ", "1__0.5", "_1.0", "1.0_", "1._5", "1_.5", "1e1_0", "1e_10", "1_e10",
         ".5", "5.", ".", "e5", "1e", "1e+", "1e-3", "1E3", "+1.5", "-.5", "--1", "+-1", "inf", "-inf", "+inf", "Infinity",
         "-Infinity", "INF", "iNfInItY", "nan", "-nan", "+NaN", "NAN", "nan(1)", "infinit", "infinityy", "in f", "0x10",
         "1e500", "-1e500", "1e-500", "0.0000000000000000000000000001", "1" * 400, "١٢٣.٤", "１.５", "1.5\x00", "",
         " ", "1 2", "1.5j", "0_0.0_0", "00.1", "1e0001", "12345678901234567890.5", "\u20031.5\u2003", "2.5e-324", "2.4703282292062328e-324"]
for s in cases:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(b"1.25"), float(bytearray(b" -3 ")), float(), float(5), float(-2**63), float(True))
for bad in [lambda: float(None), lambda: float([1]), lambda: float(1j), lambda: float("1", "2"), lambda: float(x="1"), lambda: float(b"abc")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return "x"
print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
