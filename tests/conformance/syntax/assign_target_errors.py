# Invalid assignment and unpacking targets, via compile().
cases = [
    "a, *b, *c = 1, 2, 3\n",
    "*a = [1]\n",
    "f(x=1, x=2)\n",
    "f(x=1, 2)\n",
    "def f(a=1, b): pass\n",
    "del f()\n",
    "f() = 1\n",
    "1 = x\n",
    "x + 1 += 1\n",
    "None = 1\n",
    "__debug__ = 1\n",
    "lambda: (yield)\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)
