def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = "global"
def f():
    x = "local"
    return eval("x"), eval("x", {"x": "given"}), eval("x", None, {"x": "loc"})
print(f())
def g():
    return eval("[x for _ in range(2)]")
print(g())
code = compile("result = n * 2", "<c>", "exec")
for n in range(3):
    ns = {"n": n}
    exec(code, ns)
    print(ns["result"])
def h():
    ns = {}
    exec("def q(): return 42", ns)
    return ns["q"]()
print(h())
def k():
    v = 1
    d = {"v": 2}
    exec("v = v + 10", d)
    return v, d["v"]
print(k())
t(lambda: eval("__builtins__ is not None", {}))
t(lambda: exec("nonlocal q"))
t(lambda: eval("(yield)"))
