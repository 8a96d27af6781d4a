# center, ljust, rjust, zfill.
for s in ["a", "abc", "abcdef", ""]:
    print("[" + s.center(7) + "]", "[" + s.ljust(5, ".") + "]", "[" + s.rjust(5, "*") + "]")
print("[" + "ab".center(5) + "]", "[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]")
print("[" + "x".center(4, "-") + "]", "[" + "xy".center(5, "-") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("3.14".zfill(8), "-".zfill(3))
for n in [1, 22, 333, 4444]:
    print(str(n).rjust(6), str(n).ljust(6) + "|")
try:
    print("x".center(5, "ab"))
except TypeError as e:
    print(type(e).__name__, e)
