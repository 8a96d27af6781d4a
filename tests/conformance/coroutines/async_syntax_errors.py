# SyntaxErrors of async/await constructs (compiled with compile()).

cases = [
    "await x",
    "def f():\n    await x",
    "class C:\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async for x in y: pass",
    "async with x: pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    return 2\n    yield 1",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "[x async for x in y]",
    "{x async for x in y}",
    "{x: 1 async for x in y}",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    lambda: await x",
    "def f():\n    yield 1\n    await x",
    "def f():\n    x = [(await y) for y in z]",
    "def f(): return (y for y in await z)",
    "lambda: await x",
    "async def f():\n    class C:\n        await x",
    "def f():\n    return [[x async for x in y] for z in w]",
]
ok_cases = [
    "async def f():\n    await x",
    "async def f():\n    async for x in y: pass",
    "async def f():\n    async with x as y, z: pass",
    "async def f():\n    yield 1\n    return",
    "def f():\n    return (await x for x in y)",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    return [[x async for x in y] for z in w]",
    "async def f():\n    return {k: await v for k, v in y}",
    "async def f():\n    x = [y for y in await z]",
    "async def f():\n    return (x async for x in y)",
    "async def f():\n    yield\n    await x",
    "await = 1" if False else "x = 1",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", e.msg, e.lineno, e.offset)
for src in ok_cases:
    compile(src, "<ok>", "exec")
print("ok cases compiled")
