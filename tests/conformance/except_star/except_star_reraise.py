# A bare `raise` in an except* clause re-raises its part; the original structure is kept.
def show(e, indent=0):
    pad = "  " * indent
    print(pad + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            show(sub, indent + 1)


orig = ExceptionGroup("orig", [
    ValueError(1),
    ExceptionGroup("inner", [TypeError(2), ValueError(3)]),
    KeyError(4),
])

try:
    try:
        raise orig
    except* ValueError:
        raise
except ExceptionGroup as e:
    show(e)
    print("same object:", e is orig)

try:
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    show(e)

try:
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        raise
    except* KeyError:
        raise
except ExceptionGroup as e:
    show(e)
    print("same object:", e is orig)

# Re-raise plus a new exception.
try:
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    show(e)

# Re-raising a naked exception re-raises the wrapping group.
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
except ExceptionGroup as e:
    show(e)

# All handled: nothing is raised.
try:
    raise orig
except* ValueError:
    pass
except* TypeError:
    pass
except* KeyError:
    pass
print("nothing left")
