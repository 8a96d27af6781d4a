# A naked exception not matched by except* propagates unchanged.
def f():
    try:
        raise ValueError("not handled")
    except* TypeError:
        print("never")


f()
