# bytes and bytearray basics, encode/decode.
b = b"hello"
print(b, b[0], b[1:3], list(b[:2]), len(b), b + b"!", b * 2, b"ell" in b)
print(repr(b"\x00\x7f\x80\xff\n\t'\""), bytes(3), bytes([65, 66, 67]), bytes(range(3)))
print("café".encode(), "café".encode("utf-8").decode(), "日本".encode("utf-8"))
print(b"abc".upper(), b"a,b".split(b","), b"-".join([b"x", b"y"]), b"abc".hex())
print(bytes.fromhex("414243"), b"xyz".decode("ascii"), b"abc" == b"abc", b"a" < b"b")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(68)
ba.extend(b"EF")
print(ba, len(ba), bytes(ba), ba.pop(), ba)
print("x".encode("ascii"), "é".encode("latin-1"), "é".encode("ascii", "replace"))
try:
    print("é".encode("ascii"))
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    print(b"\xff".decode("utf-8"))
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    print(b"a" + "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(bytes([256]))
except ValueError as e:
    print(type(e).__name__, e)
