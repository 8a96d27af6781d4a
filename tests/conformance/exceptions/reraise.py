# Bare raise re-raises the current exception.
def inner():
    raise ValueError("original")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise

try:
    middle()
except ValueError as e:
    print("outer got:", e)
def reraise_other():
    try:
        raise KeyError("first")
    except KeyError as e:
        err = e
    raise err
try:
    reraise_other()
except KeyError as e:
    print("re-raised saved exception:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            raise
        return -1
try:
    print(conditional(2))
    print(conditional(0))
except ZeroDivisionError as e:
    print("propagated:", e)
