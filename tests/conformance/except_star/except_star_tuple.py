# Tuples of types in except*.
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
except* (ValueError, TypeError) as e:
    print("value or type:", repr(e))
except* KeyError as e:
    print("key:", repr(e))

try:
    raise TypeError("naked")
except* (KeyError, TypeError) as e:
    print("naked in tuple:", repr(e))

types = (ZeroDivisionError,)
try:
    1 / 0
except* types as e:
    print("from variable:", repr(e))

try:
    raise ExceptionGroup("g", [IndexError(0)])
except* ():
    print("wrong")
except* IndexError as e:
    print("empty tuple matches nothing; then", repr(e))
