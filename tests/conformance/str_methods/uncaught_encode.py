# An uncaught UnicodeEncodeError: its traceback output.
print("before")
"caf\xe9".encode("ascii")
