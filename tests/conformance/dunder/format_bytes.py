# __format__ and __bytes__.

class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "g") + "F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] or "g") + "C"
        return f"Temp({format(self.c, spec)})"


t = Temp(100)
print(format(t, "C"), format(t, ".1fF"), format(t), format(t, ">6"))
print(f"{t:C} {t:.2fC} {t:F} {t}", "{:F}".format(t), "{0:.0fC}".format(t))

# The default __format__ uses str() and rejects a non-empty spec.
class Plain:
    def __str__(self):
        return "plain"

print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Plain():x}"
except TypeError as e:
    print(type(e).__name__, e)

# __format__ must return str.
class BadFormat:
    def __format__(self, spec):
        return 123

try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)

# Conversion flags bypass __format__ of the object.
class Both:
    def __format__(self, spec):
        return "formatted:" + spec

    def __repr__(self):
        return "repr"

    def __str__(self):
        return "str"

print(f"{Both()!r:>6}|{Both()!s:<5}|{Both():spec}")

# Subclass of int with __format__.
class Hexy(int):
    def __format__(self, spec):
        return hex(self) if not spec else super().__format__(spec)

print(f"{Hexy(255)}", f"{Hexy(255):05d}", format(Hexy(16)))

# __bytes__.
class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        return b"\x02" + self.payload + b"\x03"

print(bytes(Packet(b"hi")), bytes(Packet(b"")))

class BadBytes:
    def __bytes__(self):
        return "not bytes"

try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)

class NoBytes:
    pass

try:
    bytes(NoBytes())
except TypeError as e:
    print(type(e).__name__, e)

# __bytes__ takes precedence over __index__ and iteration.
class Multi:
    def __bytes__(self):
        return b"from __bytes__"

    def __index__(self):
        return 3

    def __iter__(self):
        return iter([65])

print(bytes(Multi()))

class IndexOnly:
    def __index__(self):
        return 3

print(bytes(IndexOnly()), bytearray(IndexOnly()))

class ByteSub(bytes):
    pass

class ReturnsSub:
    def __bytes__(self):
        return ByteSub(b"sub")

print(bytes(ReturnsSub()), type(bytes(ReturnsSub())).__name__)
