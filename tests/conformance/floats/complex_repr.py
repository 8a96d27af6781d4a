inf = float('inf'); nan = float('nan')
for r, i in [(0, 0), (-0.0, 0), (0, -0.0), (-0.0, -0.0), (1, 2), (1, -2), (-1.5, 0.5), (0, 1), (0, -1), (inf, nan), (nan, inf), (-inf, -inf),
             (nan, -nan), (1e16, 1e-5), (0.1, 0.2), (1e22, 1), (2**0.5, 1e300), (5e-324, 0), (123456789.0, 0.0), (1, 0.0), (-nan, 0)]:
    c = complex(r, i)
    print(repr(c), str(c), format(c), f"{c}", [c])
print(complex("nan+nanj"), complex("-inf-infj"), -complex(0, 0), -(0j), 0j * -1, complex(-0.0, 0) + 0)
print(format(1 + 2j, ""), format(1 + 2j, "10"), format(1 + 2j, "<20"), format(1 + 2j, ".2f"), format(1 + 2j, "+.3e"), format(-1 - 2j, "g"))
print(format(1.5 + 2.25j, "^30.1f"), format(3j, ".2f"), format(3j, ""), format(3j, "g"), format(-0j, ""), format(complex(-0.0, 0), ""))
print(f"{1+2j:*>25}", f"{1e20+1j:,.2f}", f"{1e20+1j:_}", f"{complex(1, 2):.0f}", f"{complex(inf, nan):F}", f"{(1+2j):z}" if False else "")
print(format(1 + 2j, "E"), format(1.23456789 + 9.87654321j, ".3"), format(1 + 2j, ".3g"), format(1.5 + 0j, ""), format(1.5 + 0j, "g"))
for spec in ["d", "%", "=10", "010", "c", "n", "x", "s"]:
    try:
        print(spec, format(1 + 2j, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
