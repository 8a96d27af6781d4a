# The deprecated (type, value, traceback) form of throw() still works (with a warning).

def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

it = g()
next(it)
it.throw(ValueError, "message")
it.throw(ValueError, ("a", "b"))
it.throw(ValueError, None)
it.throw(KeyError, KeyError("k"), None)
try:
    it.throw(ValueError("x"), "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    it.throw(ValueError, "x", 5)
except TypeError as e:
    print(type(e).__name__, e)
print("done")
