# Errors from global/nonlocal declarations and misplaced statements, via compile().
cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "def f(a):\n    global a\n",
    "def f(a):\n    def g():\n        nonlocal a\n        global a\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f(a):\n    def g(a):\n        nonlocal a\n",
    "return 5\n",
    "break\n",
    "continue\n",
    "yield 1\n",
    "class C:\n    return 1\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "for i in []:\n    def g():\n        break\n",
    "x = [1 for y in range(3) if (y := 2)]\n",
    "def f(x, x): pass\n",
    "lambda a, a: 0\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f():\n    await_ = 1\n    return [(await_ := i) for await_ in range(2)]\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)
