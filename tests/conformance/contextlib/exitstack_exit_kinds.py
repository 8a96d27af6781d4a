# ExitStack with different kinds of __exit__ attributes and managers.
import threading
from contextlib import ExitStack, AsyncExitStack, closing, suppress, nullcontext, contextmanager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

# a built-in manager: a lock
lock = threading.Lock()
with ExitStack() as stack:
    print(stack.enter_context(lock))
    print("locked", lock.locked())
print("after", lock.locked())

lock.acquire()
with ExitStack() as stack:
    stack.push(lock)  # only its __exit__ is used: release on exit
    print("pushed", lock.locked())
print("released", lock.locked())

# a callable object as the class's __exit__: called with the manager first
class ExitCallable:
    def __call__(self, cm, typ, val, tb):
        print("ExitCallable got", type(cm).__name__, typ.__name__ if typ else None)
        return True

class UsesCallable:
    __exit__ = ExitCallable()
    def __enter__(self):
        return "callable-exit manager"

with ExitStack() as stack:
    print(stack.enter_context(UsesCallable()))
    raise ValueError("suppressed by callable __exit__")
print("after callable")

# __exit__ defined on a base class
class Base:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("Base.__exit__ for", type(self).__name__)
class Child(Base):
    pass
with ExitStack() as stack:
    stack.enter_context(Child())
    stack.push(Child())

# __exit__ set on the instance only is ignored by push(): the object itself is the callback
class Callable:
    def __call__(self, *exc):
        print("instance called", exc[0])
c = Callable()
c.__exit__ = lambda *a: print("instance __exit__ (not used)")
with ExitStack() as stack:
    stack.push(c)

# a manager whose __exit__ comes from a metaclass-free mixin with a bound-method lookup
class Recorder:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, typ, val, tb):
        self.log.append(("exit", typ.__name__ if typ else None))
r = Recorder()
with ExitStack() as stack:
    stack.enter_context(r)
    stack.push(r)
    stack.callback(r.log.append, "callback")
print(r.log)

# many callbacks
out = []
with ExitStack() as stack:
    for i in range(1000):
        stack.callback(out.append, i)
print(len(out), out[:3], out[-3:])

# many nested generator managers
@contextmanager
def level(i, acc):
    acc.append(i)
    yield
    acc.append(-i)
acc = []
with ExitStack() as stack:
    for i in range(1, 200):
        stack.enter_context(level(i, acc))
print(len(acc), acc[198], acc[199], acc[-1])

# the stack as a mixin
class Resource(ExitStack):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def __enter__(self):
        print("Resource enter", self.name)
        return super().__enter__()
with Resource("mixin") as res:
    res.callback(print, "Resource callback", res.name)
print(len(res._exit_callbacks))

# an async stack with a lock and an async-capable nullcontext
async def main():
    async with AsyncExitStack() as stack:
        stack.enter_context(lock)
        print("async locked", lock.locked())
        print(await stack.enter_async_context(nullcontext("n")))
    print("async released", lock.locked())
run(main())
