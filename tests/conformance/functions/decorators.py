# Function decorators (no imports).
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
def log_calls(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        result = fn(*args)
        print("returned", result)
        return result
    return wrapper
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@shout
def hello(name):
    return "hello " + name
@log_calls
def add(a, b):
    return a + b
@repeat(3)
def ping():
    return "ping"
@shout
@repeat(2)
def ab():
    return "ab"

registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def first(): pass
@register
def second(): pass

print(hello("world"))
print(add(2, 3))
print(ping())
try:
    print(ab())
except AttributeError as e:
    print(type(e).__name__, e)
print(registry, hello.__name__, first.__name__)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x):
    return x
noop(1); noop(2); noop(3)
print(noop.calls)
