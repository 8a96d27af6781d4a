# Return values: implicit None, multiple values, early return.
def nothing():
    pass

def bare_return():
    return

def multiple():
    return 1, "two", [3]

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return "hit three"
    return "loop finished"

def returns_function():
    def inner():
        return "inner called"
    return inner

print(nothing(), bare_return(), nothing() is None)
a, b, c = multiple()
print(a, b, c, multiple(), type(multiple()).__name__)
print(early(-1), early(10), early(2))
print(returns_function()())
def swap(x, y):
    return y, x
print(swap(1, 2), swap(*swap(1, 2)))
def in_while():
    n = 0
    while True:
        n += 1
        if n > 4:
            return n
print(in_while())
print([early(n) for n in range(-1, 5)])
