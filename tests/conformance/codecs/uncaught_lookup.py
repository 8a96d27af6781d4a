# An uncaught LookupError for an unknown codec.
print("x".encode("utf-8"))
"x".encode("no-such-codec")
