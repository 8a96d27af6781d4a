print(b"%d %s %r" % (5, b"x", b"y"), b"%5d|%-5d|%05d" % (1, 2, 3), b"%x %X %o %#x" % (255, 255, 8, 255))
print(b"%c%c" % (65, b"B"), b"%.2f %e %g" % (1.5, 2.5, 3.5), b"%(a)s" % {b"a": b"v"}, b"%%" % ())
print(b"%s" % bytearray(b"ba"), b"%a" % "é", b"%r" % "é", b"%b" % b"bb")
for fmt, args in [(b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%s %s", (1,)), (b"%d", (1, 2)), (b"%y", 1), (b"%s", 5)]:
    try:
        print(fmt, fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
