# memoryview over bytes and bytearray: indexing, slicing, tolist, tobytes, hex, attributes.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[2:]))
print(m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].c_contiguous, m[::2].contiguous, m.obj)
print(m.tolist(), m.hex(), m.hex(":"), m[1:3].hex(), list(m[:3]), 98 in m, 120 in m)
print(m == b"abcdef", m == bytearray(b"abcdef"), m[:2] == b"ab", m == b"x", m == "abcdef", m != b"abcdef")
print(m[1:4][1:2].tobytes(), m[1:5:2].shape, m[1:5:2].strides, m[5:1:-2].tolist(), m[10:].tobytes())
ba = bytearray(b"hello world")
v = memoryview(ba)
print(v.readonly, v.obj is ba)
v[0] = ord("H")
v[6:11] = b"WORLD"
print(ba)
s = v[6:]
s[0] = ord("w")
print(ba, s.tobytes())
v[::2] = b"123456"
print(ba)
r = v.toreadonly()
print(r.readonly, r.tobytes() == bytes(ba))
ro = memoryview(b"immutable")
errors = [
    lambda: ro.__setitem__(0, 1), lambda: r.__setitem__(0, 1), lambda: m[6], lambda: m[-7],
    lambda: m["a"], lambda: m[1.5], lambda: v.__setitem__(0, 256), lambda: v.__setitem__(0, b"x"),
    lambda: v.__setitem__(slice(0, 2), b"abc"), lambda: v.__delitem__(0), lambda: ro.__delitem__(0),
    lambda: memoryview("str"), lambda: memoryview(5), lambda: memoryview(), lambda: m < m,
    lambda: hash(v), lambda: v.__setitem__(0, "x"), lambda: v.__setitem__(0, -1),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(ro) == hash(b"immutable"), hash(memoryview(b"ab")[:1]) == hash(b"a"))
