# hash() on numbers and tuples (deterministic values only).
print(hash(0), hash(1), hash(-1), hash(-2), hash(123456), hash(True), hash(False))
print(hash(2**61 - 1), hash(2**61), hash(2**61 + 5), hash(-(2**61)), hash(2**100))
print(hash(1.0) == hash(1), hash(1.5), hash(-1.5), hash(0.0), hash(-0.0), hash(0.1))
print(hash(float("inf")), hash(float("-inf")), hash(1e100))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash(None) == hash(None), hash("abc") == hash("abc"), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(range(3)) == hash(range(3)), hash(b"x") == hash(b"x"))
for bad in [[], {}, set(), ([],), bytearray(b"")]:
    try:
        print(hash(bad))
    except TypeError as e:
        print(type(e).__name__, e)
