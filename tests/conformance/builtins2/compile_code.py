def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

c = compile("a + 1", "<test>", "eval")
print(type(c).__name__, eval(c, {"a": 2}))
c2 = compile("r = 10 * 2", "<x>", "exec")
ns = {}
print(exec(c2, ns), ns["r"])
print(eval(c2, {}))
c3 = compile("5", "f", "eval")
print(exec(c3), eval(c3))
t(lambda: compile("1 +", "<bad>", "exec"))
t(lambda: compile("x", "f", "bogus"))
t(lambda: compile("x", "f"))
t(lambda: compile(5, "f", "exec"))
t(lambda: compile("x", 5, "exec"))
t(lambda: compile(b"b = 1", "f", "exec").co_filename)
t(lambda: compile("x", "myfile.py", "eval").co_filename)
t(lambda: compile("def f(:", "m.py", "exec"))
try:
    compile("a b", "file.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
try:
    eval("(1,")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    exec("if True:\nx = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
t(lambda: compile(source="1", filename="f", mode="eval").co_name)
t(lambda: compile("x", "f", "eval", 0, True).co_name)
t(lambda: compile("x", "f", mode=5))
