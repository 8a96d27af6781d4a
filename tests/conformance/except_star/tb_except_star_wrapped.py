# The group wrapping a naked exception is the context of what the clause raises.
def f():
    try:
        raise TypeError("original")
    except* TypeError:
        raise KeyError("from the handler")


f()
