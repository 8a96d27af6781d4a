for v in [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.0, 3.0, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 1/3, 1024.5, -0.75]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v or v != v)
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076",
          "  0x1.5p+3  ", "1.0", "0x.8", "0x1.", "inf", "-Infinity", "nan", "+nan", "0xap0", "0x1P1", "1p1", "0x1.8", "0x0p1000000",
          "0x1p1024", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x", "0x1p", "0x1pp1", "", " ", "0x1.2.3", "0x1p+", "0x_1",
          "0x10000000000000000000p-100", "-0x0.0p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0"]:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex(5)
except TypeError as e:
    print(type(e).__name__, e)
print(float.fromhex("0x1p3").hex(), (2.5).hex(), float.hex(8.0))
