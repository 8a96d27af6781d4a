# An exception raised in an except* clause (the only thing left) propagates.
def f():
    try:
        raise TypeError("original")
    except* TypeError:
        raise KeyError("from the handler") from None


f()
