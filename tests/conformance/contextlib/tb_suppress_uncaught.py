# suppress() lets an unlisted exception through; it ends the program with a traceback.
from contextlib import suppress, nullcontext

def lookup(d, key):
    with suppress(KeyError):
        return d[key]
    return "default"

print(lookup({"x": 1}, "x"))
print(lookup({}, "y"))

def check(values):
    with nullcontext():
        with suppress(KeyError, IndexError):
            for v in values:
                if v < 0:
                    raise ValueError("negative value: %d" % v)
    return "checked"

print(check([1, 2]))
check([3, -4])
