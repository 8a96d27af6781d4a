class A:
    def __format__(self, spec):
        return "A<" + spec + ">"
class B:
    def __format__(self, spec):
        return 42
class C:
    def __str__(self):
        return "C!"
class D(object):
    pass
print(format(A(), "xyz"), f"{A():abc}", "{:q}".format(A()), "{0!s:>5}".format(C()), format(C()), f"{C()}")
for f in [lambda: format(B(), ""), lambda: f"{B()}", lambda: format(C(), "5"), lambda: "{:d}".format(D()), lambda: format(D(), "x")]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(format(5, ""), format(5.0, ""), format("s", ""), format(None, ""), format(1j, ""), format([1], ""), format((1, 2), ""))
print((5).__format__(""), (5.5).__format__(".1f"), "x".__format__("^3"), (1j).__format__(">6"), object.__format__(D(), "") == str(D()) if False else "")
print(type(format(5)).__name__, format(True, ""), format(True, "^6"), format(True, "d"))
