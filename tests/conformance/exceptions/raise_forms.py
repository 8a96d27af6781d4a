# Different forms of the raise statement.
def attempt(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e))
def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise ValueError("a", 2)
def r4():
    err = KeyError("stored")
    raise err
def r5(): raise IndexError() from None
def r6(): raise 5
def r7(): raise "string"
def r8(): raise NotImplementedError("todo")
def r9(): raise ArithmeticError("generic arithmetic")
def r10(): raise AssertionError("manual")
for fn in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10]:
    attempt(fn)
try:
    raise TypeError("in try")
except (ValueError, TypeError) as e:
    print("tuple match:", e)
errors = (KeyError, IndexError)
try:
    raise IndexError("via variable tuple")
except errors as e:
    print("variable tuple:", e)
