# If __enter__ raises, __exit__ is not called and the body does not run.
class CM:
    def __enter__(self):
        print("enter raises")
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with CM() as x:
        print("body")
except RuntimeError as e:
    print("caught", e)

try:
    x
except NameError as e:
    print("x is unbound:", e)

# __enter__ of an outer manager succeeded; the inner one fails.
class Ok:
    def __enter__(self):
        print("ok enter")
        return self

    def __exit__(self, t, v, tb):
        print("ok exit", t.__name__ if t else None)

try:
    with Ok():
        with CM():
            print("body")
except RuntimeError as e:
    print("caught", e)

# A failing manager expression.
def fail():
    raise LookupError("no manager")

try:
    with Ok(), fail():
        print("never")
except LookupError as e:
    print("caught", e)
