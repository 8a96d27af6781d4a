# An uncaught BufferError: resizing a bytearray while a memoryview exports it.
data = bytearray(b"abc")
view = memoryview(data)
print(view[0])
data.extend(b"def")
