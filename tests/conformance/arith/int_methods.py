# Methods and attributes of int and float values.
for n in [0, 1, 7, 8, 255, 256, -1, -8, 2**64, 2**100 - 1]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator)
print((10).conjugate(), (-5).__abs__(), (6).as_integer_ratio(), (3).is_integer())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x00" * 9 + b"\x01", "big"), (2**70).to_bytes(9, "big"))
print((3.75).hex(), float.fromhex("0x1.8p1"), (0.5).hex(), float.fromhex("-0x1p-2"))
print((2.5).real, (2.5).imag, (2.5).conjugate(), (7.0).is_integer())
try:
    print((256).to_bytes(1, "big"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((-1).to_bytes(1, "big"))
except OverflowError as e:
    print(type(e).__name__, e)
