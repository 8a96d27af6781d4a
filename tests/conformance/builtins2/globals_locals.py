def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

g = globals()
print(type(g).__name__, g is globals(), g["__name__"])
x = 5
print(globals()["x"], locals() is globals())
def f(a, b=2):
    c = a + b
    l = locals()
    print(sorted(l.items()))
    l["c"] = 100
    print(c)
    d = 1
    print(sorted(locals()))
    return globals() is g
print(f(1))
def outer():
    y = 1
    def inner():
        z = 2
        return sorted(locals().items())
    return inner()
print(outer())
def closure():
    v = 3
    def inner():
        return v + 1
    return sorted(locals())
print(closure())
def unbound():
    if False:
        q = 1
    return locals()
print(unbound())
t(lambda: globals(1))
t(lambda: locals(1))
class K:
    a = 1
    b = [n for n in sorted(locals()) if not n.startswith("__")]
print(K.b)
def setglob():
    globals()["newname"] = 42
setglob()
print(newname)
