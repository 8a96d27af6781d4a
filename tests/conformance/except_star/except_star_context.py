# Context chaining with except*.
import sys

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print("handled:", repr(sys.exception()))
        raise RuntimeError("in handler")
except RuntimeError as r:
    print("context is the matched group:", repr(r.__context__))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        print("V handled exception:", repr(sys.exception()))
    except* TypeError as t:
        print("T handled exception:", repr(sys.exception()))
        raise KeyError("k")
except KeyError as g:
    print(repr(g))
    print("context:", repr(g.__context__))

print("outside:", sys.exception())

# Inside an except block, the outer exception is restored after except*.
try:
    raise OSError("outer")
except OSError:
    try:
        raise ValueError("inner")
    except* ValueError:
        print("inside:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))

# raise ... from inside except*.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise TypeError("from") from e
except TypeError as t:
    print("cause:", repr(t.__cause__))
