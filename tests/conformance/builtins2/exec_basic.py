def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ns = {}
print(exec("a = 1\nb = a + 1", ns))
print(ns["a"], ns["b"], "__builtins__" in ns)
g = {}
l = {}
exec("x = 1\ndef f(): return x", g, l)
print(sorted(l), "x" in g)
exec("y = 5")
print(y)
def func():
    z = 1
    exec("z = 2\nw = 3")
    print(z, "w" in locals())
    loc = {}
    exec("w = 4", None, loc)
    print(loc)
func()
t(lambda: exec("1 +"))
t(lambda: exec(5))
t(lambda: exec("x=1", 5))
t(lambda: exec("x=1", {}, 5))
t(lambda: exec("raise ValueError(\x27inner\x27)"))
t(lambda: exec("return 1"))
t(lambda: exec("yield 1"))
t(lambda: exec(b"q = 1", {}))
t(lambda: exec("import sys\nprint(sys.__name__)", {}))
t(lambda: exec("print(__name__)", {}))
t(lambda: exec("print(__name__)", {"__name__": "custom"}))
t(lambda: exec("class A: pass\nprint(A.__module__)", {"__name__": "m"}))
t(lambda: exec("print(1)", globals=None, locals=None))
t(lambda: exec())
t(lambda: exec("1", {}, {}, {}))
class M(dict):
    pass
t(lambda: exec("v = 1", {}, M()))
t(lambda: exec("\0"))
