# Generator, coroutine and async generator types and their methods.

def g():
    yield 1

async def c():
    pass

async def ag():
    yield 1

gen, coro, agen = g(), c(), ag()
for obj in (gen, coro, agen):
    t = type(obj)
    print(t.__name__, [m for m in ("send", "throw", "close", "__next__", "__iter__",
                                 "__await__", "asend", "athrow", "aclose", "__anext__",
                                 "__aiter__") if hasattr(obj, m)])
print(type(gen) is type(g()), type(coro) is type(gen), type(agen) is type(coro))
print(isinstance(gen, type(g())), isinstance(coro, type(gen)))
print(type(gen).__name__, type(coro).__name__, type(agen).__name__)
print(type(coro.__await__()).__name__)
print(type(agen.__anext__()).__name__, type(agen.asend(None)).__name__)
print(type(agen.athrow(ValueError)).__name__, type(agen.aclose()).__name__)
coro.close()

# Calling methods of one kind on another.
try:
    type(gen).send(coro, None)
except TypeError as e:
    print(type(e).__name__)
print(callable(gen.send), callable(coro.send))

# Generator functions are still plain functions.
print(type(g).__name__, type(c).__name__, type(ag).__name__)
print(g.__code__.co_name, c.__code__.co_name)
