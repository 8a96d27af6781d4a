vals = [0, 1, -1, 42, -42, 255, 2**64, -(2**70), True, 3.99, -3.99, 1e20]
for fmt in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "% 05d", "%.3d", "%8.3d", "%-8.3d|", "%x", "%X", "%#x", "%#X", "%o",
            "%#o", "%#08x", "%#-8x|", "%+#x", "% #o", "%.5x", "%#.5x", "%c" if False else "%s", "%r", "%a", "%-+8d|", "%0-8d|", "%0+8.4d"]:
    row = []
    for v in vals:
        try:
            row.append(fmt % v)
        except (TypeError, ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(fmt, row)
class I:
    def __index__(self):
        return 11
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 3
for fmt in ["%d", "%x", "%o", "%f", "%e", "%g", "%c"]:
    for v in [I(), F(), N(), "s", None, 1j, [1]]:
        try:
            print(fmt, type(v).__name__, fmt % v)
        except (TypeError, ValueError, OverflowError) as e:
            print(fmt, type(v).__name__, type(e).__name__, e)
