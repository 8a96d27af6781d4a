def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f():
    a = 1
    b = "x"
    return dir(), vars()
print(f())
print("f" in dir(), "__name__" in dir())
print(vars() is globals())
class C:
    def __init__(s): s.q = 1
print(vars(C()))
t(lambda: vars(5))
t(lambda: vars(1, 2))
t(lambda: dir(1, 2))
print("q" in dir(C()), "__init__" in dir(C))
class D:
    z = 1
    names = [n for n in dir() if not n.startswith("__")]
print(D.names)
def g(*args, **kw):
    return dir()
print(g())
