# Recursion through closures, lambdas bound by name and mutual recursion.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(10))

fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])

def parity():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd
ev, od = parity()
print(ev(10), od(7), ev(3))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), len(slow_fib.cache))

def walk(tree, depth=0):
    name, children = tree
    lines = ["  " * depth + name]
    for c in children:
        lines.extend(walk(c, depth + 1))
    return lines
print("\n".join(walk(("root", [("a", [("a1", [])]), ("b", [])]))))

def counter_factory():
    count = 0
    def step(n):
        nonlocal count
        if n == 0:
            return count
        count += 1
        return step(n - 1)
    return step
print(counter_factory()(25))

def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
