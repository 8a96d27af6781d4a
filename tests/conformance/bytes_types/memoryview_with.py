# memoryview as a context manager: the view is released when the block ends.
ba = bytearray(b"data")
with memoryview(ba) as w:
    print(w.tobytes(), w.readonly)
    try:
        ba.append(1)
    except BufferError as e:
        print(type(e).__name__, e)
ba.append(101)
print(ba)
try:
    w[0]
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b"ro") as r:
    print(r.tolist())
print(r == r)
