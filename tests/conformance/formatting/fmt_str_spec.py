for s in ["", "abc", "héllo", "日本語", "a" * 12]:
    row = []
    for spec in ["", "s", "10", "<10", ">10", "^10", "^9", "*^10", "-<6", ".2", "10.2", ">10.0s", "0<8", "08", "010s", "0>8", "=^7", ".0", "^1"]:
        try:
            row.append(format(s, spec))
        except ValueError as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(s), row)
for spec in ["+", " ", "-", "#", ",", "_", "=", "=10", "d", "x", "z", "+s", "#s", ",s", "_s", "zs", "c", "%", "e", "10d", "s5"]:
    try:
        print(repr(spec), repr(format("ab", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(str.__format__("xy", ">4"), "xy".__format__("^6"))
try:
    format("x", 5)
except TypeError as e:
    print(type(e).__name__, e)
class P:
    pass
try:
    format(P(), "10")
except TypeError as e:
    print(type(e).__name__, e)
print(format(P(), "")[:10] == str(P())[:10], format(None), format([1, 2]), format((1,), ""))
for v, sp in [(None, "10"), ([1], "5"), (object(), "x")]:
    try:
        format(v, sp)
    except TypeError as e:
        print(type(e).__name__, e)
