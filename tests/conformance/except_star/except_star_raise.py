# Exceptions raised inside except* clauses are collected and raised together.
def show(e, indent=0):
    pad = "  " * indent
    print(pad + type(e).__name__ + ": " + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            show(sub, indent + 1)


# One new exception from a clause, nothing else left: raised as is.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("replacement")
except RuntimeError as e:
    show(e)
    print("context:", repr(e.__context__))

# New exception plus unhandled rest: a new group with an empty message.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    show(e)
    print("message:", repr(e.message))

# Two clauses raising.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise IndexError("from T")
except ExceptionGroup as e:
    show(e)

# A naked exception caught and a new one raised: the new one propagates alone.
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise OSError("other")
except OSError as e:
    show(e)
    print("context:", repr(e.__context__))

# Raising a group from a clause.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("new group", [ZeroDivisionError()])
except ExceptionGroup as e:
    show(e)

# A clause that raises a BaseException.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise SystemExit(4)
except BaseExceptionGroup as e:
    show(e)

# Errors in a clause do not stop the later clauses.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("first clause raises")
        raise LookupError("x")
    except* TypeError:
        print("second clause still runs")
except LookupError as e:
    show(e)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise LookupError("x")
    except* TypeError:
        raise LookupError("y")
except ExceptionGroup as e:
    show(e)
