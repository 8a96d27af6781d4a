# else and finally with except*.
def run(exc):
    try:
        if exc is not None:
            raise exc
        print("body done")
    except* ValueError as e:
        print("handled", repr(e))
    else:
        print("else")
    finally:
        print("finally")


run(None)
run(ValueError(1))
try:
    run(TypeError(2))
except TypeError as e:
    print("outer got", repr(e))
try:
    run(ExceptionGroup("g", [ValueError(1), TypeError(2)]))
except ExceptionGroup as e:
    print("outer got", repr(e))

# return inside the try body of a try/except*/finally.
def ret():
    try:
        return "value"
    except* ValueError:
        pass
    finally:
        print("finally on return")

print(ret())

# break and continue in the try body.
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        raise ValueError(i)
    except* ValueError as e:
        print("handled in loop", repr(e))
    finally:
        print("finally", i)

# A loop inside an except* clause may use break/continue.
try:
    raise ValueError(1)
except* ValueError:
    for j in range(5):
        if j == 1:
            continue
        if j == 3:
            break
        print("j", j)

# A function defined in an except* clause may return.
try:
    raise KeyError("k")
except* KeyError as e:
    def get():
        return "returned from nested function"
    print(get())

# Nested try/except* inside an except* clause.
try:
    raise ExceptionGroup("outer", [ValueError(1)])
except* ValueError as outer:
    try:
        raise ExceptionGroup("inner", [TypeError(2)])
    except* TypeError as inner:
        print("inner", repr(inner), "outer", repr(outer))

# except* inside a plain except.
try:
    raise OSError("plain")
except OSError:
    try:
        raise ValueError("v")
    except* ValueError as e:
        print("nested in except:", repr(e), repr(e.exceptions[0].__context__))
