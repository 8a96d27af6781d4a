# The unmatched rest of a group propagates with the group's traceback.
def inner():
    raise ExceptionGroup("many", [ValueError("v"), KeyError("k")])


def outer():
    try:
        inner()
    except* ValueError as e:
        print("handled", repr(e))


outer()
