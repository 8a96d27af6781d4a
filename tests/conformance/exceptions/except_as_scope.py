# The except-as name is deleted after the handler.
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
saved = None
try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
print(type(saved).__name__, saved, saved.args)
def f():
    try:
        raise KeyError("x")
    except KeyError as inner:
        pass
    try:
        return inner
    except UnboundLocalError as ub:
        return type(ub).__name__ + ": " + str(ub)
print(f())
