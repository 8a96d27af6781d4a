def fail():
    raise ExceptionGroup("several errors", [ValueError("bad value"), TypeError("bad type")])

print("before")
fail()
