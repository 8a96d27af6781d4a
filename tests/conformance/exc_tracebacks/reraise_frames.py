def inner():
    raise KeyError("deep")

def middle():
    try:
        inner()
    except KeyError as e:
        err = e
    raise err

def outer():
    try:
        middle()
    except KeyError:
        raise

outer()
