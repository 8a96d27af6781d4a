# isinstance(), type() and issubclass() on built-in types.
values = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, range(1), len, 2**100]
for v in values:
    print(type(v).__name__, type(v), isinstance(v, int), isinstance(v, (list, tuple)))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), type(True) is bool, type(True) == int)
print(isinstance(1, (str, (float, int))), isinstance("x", ()), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError), issubclass(int, object))
print(isinstance(ValueError("x"), Exception), isinstance(KeyboardInterrupt(), Exception))
print(type(int), type(type), type(ValueError), type(5) is int, type("") is str)
print(type(1)(2.9), type("")(5), type([])("ab"), type(None)())
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
