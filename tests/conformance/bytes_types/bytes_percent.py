# %-formatting of bytes and bytearray (PEP 461).
print(b"%s" % b"abc", b"%b" % bytearray(b"x"), b"%s|%s" % (b"a", memoryview(b"b")))
print(b"%d %i %u" % (1, -2, 3), b"%5d|%-5d|%05d" % (42, 42, 42), b"%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(b"%.2f %e %g %10.3f" % (3.14159, 12345.678, 0.0001, 2.5), b"%+d % d" % (5, 5))
print(b"%c%c" % (65, b"B"), b"%r" % "é", b"%a" % b"x", b"%r" % [1, "a"], b"%%" % (), b"100%%" % ())
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%*d|%-*d" % (4, 7, 4, 7), b"%.*f" % (1, 2.25))
print(b"%.2s" % b"abcdef", b"%5s|%-5s" % (b"ab", b"ab"), bytearray(b"%s!") % b"hi", b"%s" % (b"t",))
class WithBytes:
    def __bytes__(self):
        return b"WB"
print(b"<%s>" % WithBytes(), b"%s" % {b"k": 1}[b"k"].to_bytes(1, "big"))
errors = [lambda: b"%s" % "str", lambda: b"%d" % b"x", lambda: b"%c" % 256, lambda: b"%c" % b"ab",
          lambda: b"%c" % "a", lambda: b"%s %s" % b"a", lambda: b"%s" % (b"a", b"b"), lambda: b"%y" % 1,
          lambda: b"%" % (), lambda: b"%(a)s" % (1,), lambda: b"%x" % 1.5, lambda: b"%f" % "x"]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
