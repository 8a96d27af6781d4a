def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: eval("1 + 2"))
t(lambda: eval("  3 * 4"))
t(lambda: eval("x + 1", {"x": 10}))
t(lambda: eval("x + y", {"x": 1}, {"y": 2}))
t(lambda: eval("x", {"x": 1}, {"x": 2}))
t(lambda: eval("len(s)", {"s": "abc"}))
t(lambda: eval(b"1+1"))
t(lambda: eval("1 +"))
t(lambda: eval("x = 1"))
t(lambda: eval(5))
t(lambda: eval())
t(lambda: eval("1", 5))
t(lambda: eval("1", {}, 5))
t(lambda: eval("undefined_name"))
t(lambda: eval("a", None, {"a": 7}))
t(lambda: eval("[i*i for i in range(4)]"))
t(lambda: eval("lambda q: q + 1")(1))
t(lambda: eval("1", globals={}))
t(lambda: eval("z", locals={"z": 9}))
d = {}
eval("1", d)
print(sorted(d), d["__builtins__"] is __builtins__ or type(d["__builtins__"]).__name__)
def f():
    a = 5
    return eval("a * 2")
print(f())
def g():
    a = 5
    return eval("a + b", {"b": 1})
t(g)
gv = 100
def h():
    loc = 1
    return eval("gv + loc")
print(h())
t(lambda: eval("1\n2"))
