def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import sys
t(lambda: callable(breakpoint))
called = []
sys.breakpointhook = lambda *a, **k: called.append((a, k)) or "hooked"
print(breakpoint(1, x=2), called)
m = __import__("sys")
print(m is sys)
t(lambda: __import__("no_such_module_xyz"))
t(lambda: __import__(5))
t(lambda: __import__())
print(__import__("sys").__name__)
t(lambda: __import__("", {}, {}, [], 0))
