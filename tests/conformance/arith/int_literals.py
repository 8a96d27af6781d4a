# Integer and float literal forms.
print(0b1011, 0B11, 0o777, 0O10, 0xdeadbeef, 0XFF, 1_000_000, 0x_ff_ff, 0b_1111_0000)
print(00, 0_0, 1_2_3, 0o0, 0x0)
print(18446744073709551616, 0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o1777777777777777777777)
print(1.5, 1., .5, 1e3, 1E-3, 1_000.000_1, 1e1_0, 0e0, 00.5, 0.)
print(123456789012345678901234567890123456789012345678901234567890)
print(-0x10, -0b1, -0o7, 1 - -1)
print(type(0x10).__name__, type(1e0).__name__, type(10**0).__name__)
print(0xFF == 255 == 0o377 == 0b11111111)
