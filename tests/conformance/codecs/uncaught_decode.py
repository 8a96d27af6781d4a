# An uncaught UnicodeDecodeError.
data = b"ok \xff not ok"
print(data.decode("latin-1"))
print(data.decode())
