# for loops over many kinds of iterables.
for x in [1, 2]: print("list", x)
for x in (3, 4): print("tuple", x)
for x in "ab": print("str", x)
for x in range(10, 0, -4): print("range", x)
for k in {"b": 1, "a": 2}: print("dict key", k)
for v in {"b": 1, "a": 2}.values(): print("dict value", v)
for k, v in {"b": 1, "a": 2}.items(): print("dict item", k, v)
for x in {3, 1, 2}: print("small int set", x)
for x in b"AB": print("bytes", x)
for x in reversed([1, 2, 3]): print("reversed", x)
for x in map(str.upper, ["p", "q"]): print("map", x)
for i, x in enumerate("xy", 5): print("enumerate", i, x)
for a, b in zip("ab", [1, 2, 3]): print("zip", a, b)
for x in iter([7, 8]): print("iter", x)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print("growing", x)
for x in (y * y for y in range(3)): print("genexpr", x)
