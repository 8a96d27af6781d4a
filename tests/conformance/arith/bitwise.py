# Bitwise operators on non-negative and negative ints.
vals = [0, 1, 5, 12, 255, -1, -6, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ 0xFF)
print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 3 << 100)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 100, 5 >> 100)
print((2**100 - 1) & 0xFFFF, (2**100) | 1, (2**100) ^ (2**99))
print(-(2**100) & 0xFF, ~(2**100))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True << 3, ~True, ~False)
print(0b1010 & 0b0110, bin(0b1010 | 0b0110), hex(0xF0 ^ 0xFF))
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
