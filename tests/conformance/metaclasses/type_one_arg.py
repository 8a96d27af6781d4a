# type(x) with one argument returns the type.

class C:
    pass

values = [1, 1.5, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True,
          C(), C, type, object(), len, range(1), slice(1), ..., NotImplemented, (x for x in ()),
          lambda: 0, iter([]), zip(), map(abs, [])]
for v in values:
    print(type(v).__name__, type(v) is v.__class__)

print(type(type), type(object), type(type(1)))
print(type(1) == int, type(True) is bool, type(True) is int)

# type(x) ignores a lying __class__ while x.__class__ uses it.
class Liar:
    @property
    def __class__(self):
        return str

print(type(Liar()).__name__, Liar().__class__.__name__)

# type(x) and isinstance for subclasses.
class Sub(C):
    pass

s = Sub()
print(type(s) is Sub, type(s) is C, isinstance(s, C))

# Calling type with keyword arguments.
try:
    type(object=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# type.__call__ and type.__new__ used directly.
print(type.__call__(int, "7"), type.__new__(type, "N", (), {}).__name__)
try:
    type.__new__(int, "N", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(type)
except TypeError as e:
    print(type(e).__name__, e)
