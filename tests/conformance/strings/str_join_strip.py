# join, strip family, removeprefix/removesuffix.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"), "-".join([]))
print("|".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")), repr("\t\n hi \r\n".strip()))
print(repr("www.example.com".lstrip("w.")), repr("mississippi".rstrip("ips")))
print(repr("".strip()), repr("   ".strip()), repr("aaa".strip("a")))
print("test_file.py".removesuffix(".py"), "test_file.py".removeprefix("test_"))
print("abc".removeprefix("x"), "abc".removesuffix(""), "aaa".removeprefix("a"))
try:
    print(",".join(["a", 1, "b"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(",".join(5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x".strip(5))
except TypeError as e:
    print(type(e).__name__, e)
