def leaf(e):
    raise e

def collect():
    errors = []
    for e in [ValueError(1), KeyError('k')]:
        try:
            leaf(e)
        except Exception as x:
            errors.append(x)
    try:
        raise ExceptionGroup("inner", errors)
    except ExceptionGroup as g:
        inner = g
    raise ExceptionGroup("outer", [inner, RuntimeError("plain, never raised")])

collect()
