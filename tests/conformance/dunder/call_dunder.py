# __call__.

class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(0)))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)

# Instances without __call__ are not callable.
class Plain:
    pass

print(callable(Plain()))
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ set on the instance is ignored.
p = Plain()
p.__call__ = lambda: "instance"
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)

# Stateful callables.
class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls

c = Counter()
c(); c(); print(c(), c.calls)

# A callable used as a decorator.
class Trace:
    def __init__(self, func):
        self.func = func
        self.log = []

    def __call__(self, *args, **kwargs):
        self.log.append(args)
        return self.func(*args, **kwargs)

@Trace
def square(x):
    return x * x

print(square(3), square(4), square.log, type(square).__name__)

# Decorated methods become non-descriptors: self is not passed.
class UsesTrace:
    @Trace
    def method(*args):
        return args

print(UsesTrace().method(1), UsesTrace.method(2))

# __call__ inherited and overridden.
class Base:
    def __call__(self):
        return "base"

class Derived(Base):
    def __call__(self):
        return "derived+" + super().__call__()

print(Base()(), Derived()())

# A __call__ that is itself a callable instance.
class Inner:
    def __call__(self, *args):
        return ("inner", args)

class Outer:
    __call__ = Inner()

print(Outer()(1, 2))

# Deep recursion through __call__ is bounded.
class Rec:
    def __call__(self, n):
        return n if n == 0 else self(n - 1)

print(Rec()(50))
