# memoryview.cast to multi-byte formats, shapes, and back.
data = bytearray(range(16))
m = memoryview(data)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "q", "Q", "L", "l", "d", "f", "@B", "?"]:
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.shape, c.strides, c.nbytes, c.tolist()[:4])
h = m.cast("H")
h[0] = 0xFFFF
print(data[:4], h[0], h[1])
i = m.cast("i")
i[1] = -2
print(data[4:8], i.tolist())
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 2
print(d.tolist(), bytes(d.cast("B"))[:8])
f = memoryview(bytearray(8)).cast("f")
f[0] = 0.1
print(f.tolist()[1], round(f[0], 6))
g = m.cast("B", shape=[4, 4])
print(g.ndim, g.shape, g.strides, g.tolist())
print(g[1, 2], g[3, 3], g.cast("B").tolist()[:5], g.c_contiguous)
q = m.cast("b").cast("q")
print(q.tolist())
cc = memoryview(b"xyz").cast("c")
print(cc[0], cc.tolist(), cc[1:].tobytes())
errors = [
    lambda: m.cast("H").cast("I"), lambda: m.cast("x"), lambda: memoryview(b"abc").cast("H"),
    lambda: m.cast("B", shape=[3, 3]), lambda: m[::2].cast("H"), lambda: m.cast("B", shape=[4, 4])[0],
    lambda: m.cast("B", shape=[4, 4])[0:1].tolist(), lambda: m.cast("B", shape=[4, 4])[1:3, 0], lambda: m.cast("B", shape=[4, 4])[4, 0],
    lambda: m.cast("H").__setitem__(0, 70000), lambda: m.cast("b").__setitem__(0, 200),
    lambda: m.cast("d").__setitem__(0, "x"), lambda: m.cast("c").__setitem__(0, b"ab"),
    lambda: m.cast("c").__setitem__(0, 5), lambda: m.cast(), lambda: m.cast(5),
    lambda: m.cast("B", shape=[0]), lambda: m.cast("B", shape=5),
]
for fn in errors:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
