d = {"name": "Ann", "n": 3, "x": 2.5, "big": 2**70, "k(1)": "paren"}
print("%(name)s has %(n)d items costing %(x).2f" % d)
print("%(name)-6s|%(name)6s|%(n)+04d|%(x)e|%(big)x|%(n)c" % d)
print("%(k(1))s" % d, "%()s" % {"": "empty"}, "%(n)s %(n)r %(n)a" % d)
print("%(name)s %%" % d, "%%(name)s" % d, "%(x)*.1f" % {"x": 1} if False else "")
for fmt, arg in [("%(missing)s", d), ("%(name)s", ("Ann",)), ("%(name)s %s", d), ("%(name)", d), ("%(name)y", d), ("%(n)*d", d)]:
    try:
        print(repr(fmt % arg))
    except (KeyError, TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s-%(x)s" % M())
