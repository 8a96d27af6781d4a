def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(True, False, repr(True), str(False), True + True, True * 3, -True, ~True, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True & 1).__name__, type(True + 0).__name__)
print(NotImplemented, repr(NotImplemented), Ellipsis, repr(...), ... is Ellipsis)
print(type(NotImplemented).__name__, type(...).__name__, type(None).__name__)
print(bool(NotImplemented))
print(not NotImplemented)
print(bool(...), bool(None), bool(0), bool(""), bool("a"), bool(()), bool((0,)))
t(lambda: type(NotImplemented)())
t(lambda: type(...)())
print(type(...)() is ..., type(NotImplemented)() is NotImplemented, type(None)() is None)
t(lambda: bool(1, 2))
print(bool(), bool(x := 5))
print(True == 1, hash(True), hash(False), True is bool(1), int(True), float(False))
print(str(True), f"{True}", format(True, "d"), format(False, ""), "%s %d" % (True, True))
t(lambda: type("x", (bool,), {}))
print(True.real, True.imag, True.numerator, True.bit_length(), (True).conjugate())
print(hash(...) == hash(...), hash(None) == hash(None))
