# Slicing with steps, comparisons, joins and strips on non-ASCII text.
s = "héllo wörld 中文"
for sl in [slice(None, None, 2), slice(None, None, -1), slice(1, 10, 3), slice(-3, None),
           slice(10, 2, -2), slice(None, None, -3), slice(100, None, -1), slice(-100, 3)]:
    print(sl, repr(s[sl]))
print(s[0], s[-1], s[5], len(s))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "é" > "z", "中" > "é", "\U0001f600" > "\uffff")
print("a" == "a", "a" != "a", "abc" >= "abc", "" < "a", sorted(["b", "é", "A", "中", "a", "Z"]))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b"]), "".join([]), ", ".join("abc"), "é".join(["x", "y"]))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("  x  ".strip()), repr("\u3000x\u2028".strip()), repr("xxhixx".strip("x")),
      repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")), repr("ééaéé".strip("é")))
try:
    "a".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
print(str(), str("x"), str(12), str(b"ab"), str(b"ab", "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
print(str(object=5), str(b"a\xffb", "ascii", "replace"), str(errors="strict"))
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "abc".__contains__("b"))
print("abc".__getitem__(1), "x".__add__("y"), "x".__mul__(3), "abc".__eq__(1))
print(str.upper("abc"), str.__len__("héllo"))
try:
    str.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
