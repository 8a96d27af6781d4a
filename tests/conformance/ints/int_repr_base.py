for x in [0, 1, -1, 255, -255, 2**63, -2**63 - 1, 2**100, -(2**100), True, False]:
    print(repr(x), str(x), hex(x), oct(x), bin(x), format(x), f"{x}")
class I:
    def __index__(self):
        return 42
print(hex(I()), oct(I()), bin(I()))
for bad in [lambda: hex(1.5), lambda: oct("7"), lambda: bin(None)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(int.__repr__(5), int.__str__(-5), int.__format__(5, "03d"), (255).__format__("x"))
print(0x_ff, 0o_17, 0b_1_1, 1_000_000, 0xDEAD_BEEF, 00, 0_0)
print(int.__name__, int.__qualname__, type(5).__mro__ if False else "", isinstance(True, int))
print(issubclass(bool, int))
