# An uncaught exception leaving an ExitStack whose callbacks all let it through.
from contextlib import ExitStack, contextmanager

@contextmanager
def step(n):
    print("start", n)
    yield n
    print("never reached", n)

def observe(typ, val, tb):
    print("observed", typ.__name__, val)
    return False

def run():
    with ExitStack() as stack:
        stack.callback(print, "callback runs last")
        stack.push(observe)
        for i in range(2):
            stack.enter_context(step(i))
        data = {"a": 1}
        return data["b"]

run()
