# Splitting an exception group among except* clauses.
def show(label, e):
    print(label, type(e).__name__, repr(e))


eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
try:
    raise eg
except* ValueError as e:
    show("values:", e)
except* TypeError as e:
    show("types:", e)
except* KeyError as e:
    show("keys:", e)
print("all handled")

# Unhandled parts are re-raised as a group with the same message.
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        show("handled", e)
except ExceptionGroup as rest:
    show("rest", rest)
    print("rest message:", rest.message)

# Nested groups keep their structure when split.
nested = ExceptionGroup("outer", [
    ValueError("a"),
    ExceptionGroup("inner", [TypeError("b"), ValueError("c")]),
    TypeError("d"),
])
try:
    raise nested
except* ValueError as e:
    show("V:", e)
except* TypeError as e:
    show("T:", e)

# A clause whose type matches nothing is skipped.
try:
    raise ExceptionGroup("g", [ValueError()])
except* KeyError:
    print("wrong")
except* ValueError as e:
    show("second clause:", e)

# Subclasses match.
try:
    raise ExceptionGroup("g", [FileNotFoundError("f"), PermissionError("p"), ValueError("v")])
except* OSError as e:
    show("os errors:", e)
except* Exception as e:
    show("the rest:", e)

# A BaseExceptionGroup with a non-Exception leaf.
try:
    try:
        raise BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()])
    except* ValueError as e:
        show("value part:", e)
except BaseException as e:
    show("remaining:", e)

# Each handler sees the group object produced by split.
try:
    raise ExceptionGroup("ident", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print("whole group matched:", e.message, len(e.exceptions))
