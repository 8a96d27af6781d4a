# The contextlib module's public names.
import contextlib

names = [
    "AbstractContextManager", "AbstractAsyncContextManager", "ContextDecorator",
    "AsyncContextDecorator", "contextmanager", "asynccontextmanager", "closing", "aclosing",
    "nullcontext", "suppress", "redirect_stdout", "redirect_stderr", "ExitStack",
    "AsyncExitStack",
]
for name in names:
    obj = getattr(contextlib, name)
    print(name, type(obj).__name__, obj.__name__, getattr(obj, "__module__", None))

print(sorted(n for n in contextlib.__all__ if n != "chdir"))
print("AsyncContextDecorator" in contextlib.__all__)

from contextlib import *
print(callable(contextmanager), callable(ExitStack), callable(suppress))

# the generator manager classes
@contextlib.contextmanager
def g():
    yield
@contextlib.asynccontextmanager
async def ag():
    yield
print([c.__name__ for c in type(g()).__mro__])
print([c.__name__ for c in type(ag()).__mro__])
print([c.__name__ for c in contextlib.ExitStack.__mro__])
print([c.__name__ for c in contextlib.AsyncExitStack.__mro__])
print([c.__name__ for c in contextlib.nullcontext.__mro__])
print([c.__name__ for c in contextlib.redirect_stdout.__mro__])

# importing twice gives the same module
import contextlib as again
print(again is contextlib)
print(contextlib.__name__)
