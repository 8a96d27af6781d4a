# ExitStack: enter_context, callback, push, close, pop_all.
from contextlib import ExitStack, contextmanager, nullcontext

order = []

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        order.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        order.append("exit " + self.name)

with ExitStack() as stack:
    print(type(stack).__name__)
    results = [stack.enter_context(CM(n)) for n in "abc"]
    print(results)
    order.append("body")
print(order)

# callbacks run in reverse order with their arguments
order.clear()
def cb(*args, **kwds):
    order.append(("cb", args, sorted(kwds.items())))

with ExitStack() as stack:
    r = stack.callback(cb, 1, 2)
    print(r is cb)
    stack.callback(cb, x=3)
    stack.callback(cb)
    stack.callback(cb, 4, callback="kw named callback")
for item in order:
    print(item)

# callback's wrapper remembers the function
with ExitStack() as stack:
    stack.callback(cb, 1)
    wrapper = stack._exit_callbacks[-1][1]
    print(wrapper.__wrapped__ is cb)
    stack.pop_all()

# push: exit callables and context managers
order.clear()
def exit_fn(typ, val, tb):
    order.append(("exit_fn", typ))

class HasExit:
    def __exit__(self, *a):
        order.append("HasExit.__exit__")
    def __enter__(self):
        order.append("never entered")

with ExitStack() as stack:
    print(stack.push(exit_fn) is exit_fn)
    h = HasExit()
    print(stack.push(h) is h)
print(order)

# push as a decorator
order.clear()
with ExitStack() as stack:
    @stack.push
    def on_exit(*exc):
        order.append("decorated push")
    @stack.callback
    def on_callback():
        order.append("decorated callback")
    print(on_exit.__name__, on_callback.__name__)
print(order)

# close() runs everything now; the stack is then empty
order.clear()
stack = ExitStack()
stack.enter_context(CM("x"))
stack.callback(order.append, "closing cb")
print(len(stack._exit_callbacks))
stack.close()
print(order, len(stack._exit_callbacks))
stack.close()
print(order)

# pop_all transfers the callbacks
order.clear()
with ExitStack() as stack:
    stack.enter_context(CM("kept"))
    stack.callback(order.append, "moved cb")
    moved = stack.pop_all()
print(order)
print(type(moved).__name__, len(moved._exit_callbacks))
moved.close()
print(order)

# the typical pattern: open all or nothing
def open_all(names, fail_at=None):
    with ExitStack() as stack:
        got = []
        for n in names:
            if n == fail_at:
                raise OSError("cannot open " + n)
            got.append(stack.enter_context(CM(n)))
        stack = stack.pop_all()
    return got, stack

order.clear()
got, s = open_all(["p", "q"])
print(got, order)
s.close()
print(order)
order.clear()
try:
    open_all(["p", "q", "r"], fail_at="r")
except OSError as e:
    print(e, order)

# generator managers
@contextmanager
def gen_cm(v):
    order.append("gen enter %s" % v)
    yield v
    order.append("gen exit %s" % v)

order.clear()
with ExitStack() as stack:
    print(stack.enter_context(gen_cm(1)), stack.enter_context(gen_cm(2)))
    print(stack.enter_context(nullcontext("null")))
print(order)

# enter returns self, exit returns False without exception
s = ExitStack()
print(s.__enter__() is s)
print(s.__exit__(None, None, None))

# callbacks added while unwinding run too
order.clear()
with ExitStack() as stack:
    def adder():
        order.append("adder")
        stack.callback(order.append, "added late")
    stack.callback(adder)
print(order)

# a nested ExitStack
order.clear()
with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(order.append, "inner cb")
    outer.callback(order.append, "outer cb")
print(order)

# enter_context only looks up methods on the type
class InstanceOnly:
    pass
io = InstanceOnly()
io.__enter__ = lambda: 1
io.__exit__ = lambda *a: None
try:
    ExitStack().enter_context(io)
except TypeError as e:
    print(type(e).__name__, e)

# a callback that is a bound method
class Counter:
    n = 0
    def bump(self, by=1):
        self.n += by
c = Counter()
with ExitStack() as stack:
    stack.callback(c.bump)
    stack.callback(c.bump, by=10)
print(c.n)
