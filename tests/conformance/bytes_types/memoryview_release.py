# release(), the context-manager protocol, and exports blocking bytearray resizes.
ba = bytearray(b"abc")
m = memoryview(ba)
for f in [lambda: ba.append(1), lambda: ba.extend(b"xy"), lambda: ba.pop(), lambda: ba.clear(),
          lambda: ba.__delitem__(0), lambda: ba.__setitem__(slice(0, 1), b"xyz"), lambda: ba.insert(0, 1),
          lambda: ba.remove(97)]:
    try:
        f()
        print("ok", ba)
    except BufferError as e:
        print(type(e).__name__, e)
try:
    ba += b"x"
except BufferError as e:
    print(type(e).__name__, e)
ba[0] = 65
ba[0:1] = b"Z"
ba.reverse()
print(ba, m.tobytes())
m.release()
m.release()
ba.append(100)
print(ba)
for f in [lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.tolist(), lambda: m.nbytes,
          lambda: m.cast("B"), lambda: bytes(m), lambda: m.format, lambda: list(m), lambda: m.hex()]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
print(m == m, m == b"abc")
def f():
    local = memoryview(ba)
    return local[0]
print(f())
ba.append(102)
print(ba)
s1 = memoryview(ba)[1:3]
try:
    ba.pop()
except BufferError as e:
    print(type(e).__name__, e)
del s1
ba.pop()
print(ba)
