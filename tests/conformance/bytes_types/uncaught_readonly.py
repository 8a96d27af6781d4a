# An uncaught TypeError writing through a read-only memoryview.
view = memoryview(b"frozen")
print(view.readonly)
view[0] = 70
