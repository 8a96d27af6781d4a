# hex(), oct(), bin() and format() with base codes.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2**64, -(2**70), True]:
    print(n, hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "#X"), format(8, "o"), format(5, "b"), format(5, "08b"), format(-5, "b"))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-6), 0))
for bad in [1.5, "10", None]:
    try:
        print(hex(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(bin(2.0))
except TypeError as e:
    print(type(e).__name__, e)
