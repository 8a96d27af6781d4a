import traceback

def a():
    raise ValueError("first")

def b():
    try:
        a()
    except ValueError:
        raise KeyError("second")

def c():
    try:
        b()
    except KeyError as k:
        raise TypeError("third") from k

def d():
    try:
        c()
    except TypeError:
        raise RuntimeError("fourth") from None

for f in (b, c, d):
    try:
        f()
    except Exception:
        traceback.print_exc()
        print("=" * 20)
        traceback.print_exc(chain=False)
        print("=" * 20)

e = ValueError("manual")
e.__context__ = KeyError("ctx")
e.__cause__ = TypeError("cause")
traceback.print_exception(e)
e.__suppress_context__ = False
e.__cause__ = None
traceback.print_exception(e)
x = ValueError("self-ref")
y = KeyError("other")
x.__context__ = y
y.__context__ = x
traceback.print_exception(x)
c()
