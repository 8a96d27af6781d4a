# except* with naked exceptions: they are wrapped in an ExceptionGroup.
import sys

try:
    raise ValueError("naked")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg))
    print("message:", repr(eg.message))
    print("exceptions:", eg.exceptions)
    print("sys.exception() is eg:", sys.exception() is eg)
    print("leaf has traceback:", eg.exceptions[0].__traceback__ is not None)
    print("group has traceback:", eg.__traceback__ is not None)
print("after:", sys.exception())

# Without a name.
try:
    raise KeyError("k")
except* KeyError:
    print("caught KeyError without a name")

# Unmatched naked exceptions propagate unchanged (not wrapped).
try:
    try:
        raise TypeError("not matched")
    except* ValueError:
        print("wrong")
except TypeError as e:
    print("propagated naked:", repr(e))

# The first matching clause wins; later ones see nothing left.
try:
    raise IndexError(1)
except* LookupError as e:
    print("LookupError clause", repr(e))
except* IndexError as e:
    print("wrong: nothing left")

# BaseException subclasses are wrapped in BaseExceptionGroup.
try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))

# The name is unbound after the clause.
try:
    raise ValueError
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("err is unbound:", e)

# Nothing raised: no clause runs, else runs.
try:
    print("body ok")
except* ValueError:
    print("wrong")
else:
    print("else ran")

# An exception group raised directly.
try:
    raise ExceptionGroup("direct", [ValueError(1)])
except* ValueError as e:
    print("direct:", repr(e))
