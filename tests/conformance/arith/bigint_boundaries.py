# Values around the i64 and u64 boundaries must not overflow.
imax = 9223372036854775807
imin = -9223372036854775808
print(imax, imin, imax == 2**63 - 1, imin == -(2**63))
print(imax + 1, imin - 1, imax * 2, imin * 2)
print(imax + imax, imin + imin, imin * -1, -imin, abs(imin))
print(imin // -1, imin % -1, divmod(imin, -1))
print(imax * imax)
print(imin * imin)
print(2**64 - 1, 2**64, 2**64 + 1, -(2**64))
print((2**63) >> 1, (2**64) >> 63, imin >> 1, imin << 1)
print(imax // 2, imax % 2, imax - imin)
x = imax
x += 1
x -= 1
print(x == imax, type(x).__name__)
print(4611686018427387904 * 2, 4611686018427387904 * 4)
print(3037000500 * 3037000500)
print(-3037000500 * 3037000500)
print(imax ** 2 // imax == imax, (imin + 1) ** 3)
print(str(imax + 1), repr(imin - 1), int(str(imax + 1)) - 1 == imax)
print(imax > 2.0**62, imax + 1 == 2.0**63, imax == 2.0**63)
print(float(imax), float(imin), int(float(imax)))
