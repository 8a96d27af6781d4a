# chr() and ord().
print(chr(65), chr(97), chr(48), chr(0x20AC), chr(0x1F600), repr(chr(0)), repr(chr(10)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("a"), ord("0"), ord("€"), ord("😀"), ord("\n"), ord("\x00"), ord(b"A"), ord(bytearray(b"z")))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "abcz"])
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(65.0),
             lambda: ord("ab"), lambda: ord(""), lambda: ord(65), lambda: ord(b"ab")]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
