# find/rfind/index/rindex/count/startswith/endswith with start/end and empty strings.
s = "hello world, hello"
for sub in ["hello", "o", "", "xyz", "d,", "hello!"]:
    for args in [(), (1,), (0, 5), (-5,), (-100, 100), (5, 2), (18,), (19,), (None, 3), (3, None)]:
        print(repr(sub), args, s.find(sub, *args), s.rfind(sub, *args), s.count(sub, *args),
              s.startswith(sub, *args), s.endswith(sub, *args))
print("".find(""), "".find("", 1), "".count(""), "abc".count(""), "abc".count("", 1, 2))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".rfind("", 4))
print("aaa".count("aa"), "aaaa".count("aa"), "ééé".count("é"), "ééé".find("é", 1))
print("中文中文".find("文"), "中文中文".rfind("文"), "中文中文".index("中", 1))
print("abc".startswith(("x", "a")), "abc".endswith(("x", "y")), "abc".startswith((), 0))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 3, 2))
print("abc".startswith("bc", 1), "abc".endswith("ab", 0, 2), "abc".endswith("c", -1))
for f in [lambda: "abc".index("x"), lambda: "abc".rindex("x"), lambda: "abc".find(1),
          lambda: "abc".count(None), lambda: "abc".startswith(1),
          lambda: "abc".startswith(("a", 1)), lambda: "abc".endswith(["a"]),
          lambda: "abc".find("a", "1"), lambda: "abc".find(), lambda: "abc".index("a", 0, 1, 2),
          lambda: "abc".index("c", 0, 2), lambda: "abc".count("a", 1.0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("abc".find("c", 10**30), "abc".find("a", -10**30), "abc".count("a", 0, 10**20))
print("b" in "abc", "" in "abc", "ac" in "abc", "é" in "café")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
