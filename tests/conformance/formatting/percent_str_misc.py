print("%s|%r|%a" % ("héllo", "héllo", "héllo"))
print("%5s|%-5s|%.2s|%5.1s|%-5.3r|" % ("abc", "abc", "abc", "abc", "abc"))
print("%c%c%c" % (65, "b", 0x1F600), "%3c|%-3c|" % ("x", 66))
print("%%|%%%%|" % ())
print("%(a)s and %(b)05d and %(a)r" % {"a": "x", "b": 42})
print("%(a)s" % {"a": 1, "b": 2}, "%s" % {"a": 1}, "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828))
print("%*s|" % (-6, "ab"), "%.*s|" % (-1, "abc"), "%0*d" % (5, 7))
print("%(x)*d" % {"x": 5} if False else "", "%s" % (None,), "%s" % None, "%d%%" % 50)
print("%s" % "x", "x" % (), "%s" % b"ab", "%r" % b"ab", "%a" % "\u1234")
print("%ld %li %hd %Lf" % (1, 2, 3, 4.5))
cases = [("%d", ()), ("%d %d", (1,)), ("%d", (1, 2)), ("x", (1,)), ("%d", "s"), ("%(a)s", (1,)), ("%(a)s", {}), ("%", (1,)), ("%(a", {"a": 1}),
         ("%y", (1,)), ("%5", (1,)), ("%.", (1,)), ("%c", (0x110000,)), ("%c", (-1,)), ("%c", ("ab",)), ("%c", (1.5,)), ("%*d", ("x", 1)),
         ("%.*f", (1.5, 1.0)), ("x", "abc"), ("x", []), ("x", {}), ("%s %s", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%s", ()),
         ("%d", None), ("%f", "1.0"), ("%x", 1.5), ("%o", 2.0), ("%X", "a"), ("%i", [1]), ("abc %", ()), ("%z", 1), ("%\u00e9", 1),
         ("%*s", (2**70, "a")), ("%(a)d %(b)s", {"a": "s"}), ("%s", (1, 2, 3)), ("%d", 2**64 + 0.0), ("%5%", (1,)), ("%-5%|", (1,)), ("%.3%", (1,)), ("%(a)%", {"a": 1}), ("%5%", ()), ("%*%", (3, 1))]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError, MemoryError) as e:
        print(repr(fmt), type(e).__name__, e)
class M:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s-%(c)s" % M())
print("%s" % M().__class__.__name__)
