# bytes()/bytearray() constructors and their errors; repr quote choice.
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"ab"), bytes(bytearray(b"xy")), bytes("é", "utf-8"))
print(bytes(range(5)), bytes((65, 66)), bytes(memoryview(b"mv")), bytes("abc", encoding="ascii"))
print(bytes("é", "ascii", "replace"), bytes(source=b"k"), bytes(iter([7, 8])), bytes(True))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"ab"), bytearray("é", "latin-1"))
class B:
    def __bytes__(self):
        return b"custom"
class I:
    def __index__(self):
        return 3
print(bytes(B()), bytes(I()), bytearray(I()))
errors = [lambda: bytes("abc"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]),
          lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes(b"a", "utf-8"),
          lambda: bytes(None), lambda: bytes("a", "nope"), lambda: bytearray("abc"),
          lambda: bytearray(-2), lambda: bytearray([300]), lambda: bytes(object()),
          lambda: bytes(3, errors="strict"), lambda: bytes("é", "ascii"),
          lambda: bytes(1, 2, 3, 4), lambda: bytearray(1.0), lambda: bytes([1.0])]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for b in [b"", b"'", b'"', b"'\"", b"a'b", b'a"b', b"\\", b"\n\r\t\x00\x7f\x80\xff", b"plain"]:
    print(repr(b), repr(bytearray(b)), str(b))
print(b"abc"[1], b"abc"[-1], b"abc"[1:], b"abcdef"[::2], b"abc"[::-1], b"abc"[5:])
try:
    b"abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
key = "x"
try:
    b"abc"[key]
except TypeError as e:
    print(type(e).__name__, e)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" in b"cat", 97 in b"cat", b"" in b"", len(b"four"))
print(b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"x" + memoryview(b"yz"))
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"a" == "a")
print(bytearray(b"a") == b"a", b"a" == bytearray(b"a"), bytearray(b"a") < b"b", bytearray(b"c") >= bytearray(b"c"))
print(hash(b"abc") == hash(b"abc"), list(b"hi"), tuple(bytearray(b"hi")))
for f in [lambda: b"a" + "b", lambda: b"a" + 1, lambda: 300 in b"a", lambda: "a" in b"a",
          lambda: b"a" * 1.5, lambda: b"a" < "a", lambda: hash(bytearray(b"a")), lambda: bytearray(b"a") + "b"]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
