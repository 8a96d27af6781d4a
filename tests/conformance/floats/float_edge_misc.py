# assorted edge cases: rounding near overflow, subnormals, parsing, divmod with infinities
for f in [lambda: round(1.7976931348623157e308, -308), lambda: round(1.5e308, -308), lambda: round(-1.7e308, -308), lambda: round(5e307, -308),
          lambda: round(-5, -1), lambda: round(-15, -1), lambda: round(2**100, -30), lambda: round(0.5e-323, 323), lambda: round(2.5e-323, 323),
          lambda: round(1e-320, 322), lambda: f"{1e300*10:n}", lambda: format(2**1000, 'e'), lambda: format(2**1100, 'f'), lambda: format(10**30, '.2%'),
          lambda: float('1e-400'), lambda: float('-1e-400'), lambda: 1e-400 == 0, lambda: int('١٢٣'), lambda: float(' \u2003-1.5\u2003 '),
          lambda: complex('1e1000j'), lambda: complex(' (1+1j) '), lambda: int(' 0b1010 ', 0), lambda: int('-0o17', 0), lambda: int('0x', 16),
          lambda: (1e308).__round__(-308), lambda: (255).to_bytes(1, 'big', signed=True), lambda: (-32768).to_bytes(2, 'big', signed=True),
          lambda: divmod(-7.5, float('inf')), lambda: divmod(7.5, float('-inf')), lambda: -7.5 // float('inf'), lambda: 0.0 // -5.0, lambda: -0.0 % 5.0,
          lambda: (-1) ** 0.5, lambda: pow(-1, 0.5), lambda: (-8) ** (1/3), lambda: 2 ** 1024.0 if False else 0, lambda: 10.0 ** 400,
          lambda: (2**63) * 1.0, lambda: float.fromhex('0x1.ffffffffffffffp1023'), lambda: '%.0f' % 0.5, lambda: '%.0f' % 1.5, lambda: '%.3g' % 1e-5]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
