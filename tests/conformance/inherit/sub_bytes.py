# Subclassing bytes and bytearray.

class Blob(bytes):
    def hexed(self):
        return self.hex()

    def __repr__(self):
        return f"Blob({bytes(self)!r})"


b = Blob(b"abc")
print(b, repr(b), len(b), b[0], b.hexed(), type(b[1:]).__name__, type(b + b"d").__name__)
print(b == b"abc", hash(b) == hash(b"abc"), isinstance(b, bytes), type(bytes(b)).__name__)
print(type(b.upper()).__name__, b.upper(), list(b), b"b" in b)
print(Blob([1, 2]), Blob(3), Blob("é", "utf-8"), Blob())

class Header(bytes):
    def __new__(cls, name, value):
        obj = super().__new__(cls, f"{name}: {value}".encode())
        obj.name = name
        return obj

h = Header("Host", "example")
print(h, h.name, bytes(h))

class Buffer(bytearray):
    def append(self, x):
        super().append(x)
        super().append(x)

buf = Buffer(b"x")
buf.append(65)
buf.extend(b"B")
print(buf, type(buf).__name__, type(buf + b"").__name__, type(buf[:]).__name__)
buf[0] = 122
print(bytes(buf), len(buf))
try:
    hash(buf)
except TypeError as e:
    print(type(e).__name__, e)
