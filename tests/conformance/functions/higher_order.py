# Functions as values.
def apply(fn, *args):
    return fn(*args)

def twice(fn):
    return lambda x: fn(fn(x))

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run

print(apply(max, 3, 9, 4), apply(len, "abc"), apply(lambda: "none"))
add3 = lambda x: x + 3
print(twice(add3)(10), twice(twice(add3))(0))
pipeline = compose(str, abs, lambda x: x - 10)
print(repr(pipeline(3)))
table = [("double", lambda x: 2 * x), ("negate", lambda x: -x), ("square", lambda x: x * x)]
for name, fn in table:
    print(name, [fn(v) for v in range(4)])
def reduce_left(fn, items, init):
    acc = init
    for it in items:
        acc = fn(acc, it)
    return acc
print(reduce_left(lambda a, b: a * b, range(1, 11), 1), reduce_left(lambda a, b: b + a, "abc", ""))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.strip, [" a ", "b "])))
print(list(map(pow, [2, 3], [5, 2])), max(["x", "yyy", "zz"], key=len))
