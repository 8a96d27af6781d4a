for args in [(), (1,), (1.5,), (1, 2), (1.5, -2.5), (True, False), (2**60, 1), (1j,), (1j, 1j), (1 + 2j, 3 + 4j), (0, -0.0), (-0.0,), (-0.0, -0.0)]:
    c = complex(*args)
    print(args, c, repr(c), c.real, c.imag)
for s in ["1+2j", "(1-2j)", "  ( 1-2j )  ", "1", "2j", "-j", "+j", "j", "1e3+1e-3j", "-1.5e+3-2.5E-2J", "inf+nanj", "-infj", "nan", "1_0+2_0j",
          "(1+2j", "1+2j)", "1+2", "1+2jj", "1 + 2j", "", " ", "()", "j1", "1+j2", "0x1+2j", "(  )", "+1.5-.5j", ".5j", "1.j", "1e1j", "infj", "-nanj", "\u20031j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(None), lambda: complex([1]), lambda: complex(1, None),
            lambda: complex(real=1, imag=2), lambda: complex(imag=3), lambda: complex(1, 2, 3), lambda: complex(b"1")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1, I()))
print(1j, -1j, 0j, -0j, 2 + 0j, 1e300j, 1e-300j, 1.5j * 2)
