# center/ljust/rjust/zfill with fill chars; replace with count (also as a keyword).
for w in [0, 3, 5, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "é")),
          repr("abc".ljust(w, "-")), repr("abc".rjust(w, "中")), repr("42".zfill(w)),
          repr("-42".zfill(w)), repr("+x".zfill(w)), repr("".zfill(w)))
print(repr("a".center(4)), repr("ab".center(5)), repr("abc".center(6)), repr("abcd".center(7)))
for f in [lambda: "a".center(5, "ab"), lambda: "a".center(5, ""), lambda: "a".ljust("5"),
          lambda: "a".rjust(5, 1), lambda: "a".zfill("2"), lambda: "a".center(),
          lambda: "a".zfill(), lambda: "a".ljust(1, "x", 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("a", "b", count=3))
print("aaaa".replace("a", "b", -1), "aaaa".replace("a", "b", 0), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"), "".replace("", "x", 0), "ééé".replace("é", "e", 2))
print("abcabc".replace("bc", ""), "abc".replace("abc", "xyz"), "abc".replace("x", "y"))
for f in [lambda: "a".replace("a"), lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2),
          lambda: "a".replace("a", "b", "c"), lambda: "a".replace("a", "b", cnt=1),
          lambda: "a".replace("a", "b", 1, count=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100), "é" * 3)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
