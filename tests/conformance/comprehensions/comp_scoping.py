# Comprehension variables have their own scope.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
y = 10
print([y + i for i in range(3)], y)
data = [[1, 2], [3, 4]]
print([x for x in data[0]], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def in_function():
    n = 5
    return [n * k for k in range(3)], {k: n for k in "ab"}, sum(n for _ in range(2))
print(in_function())
i = "i-before"
print([i for i in "ab"], i)
print({i: i for i in range(2)}, i, sorted({i for i in range(3)}), i)
print(list(i for i in range(2)), i)
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    print([z for z in range(3)], z)
except NameError as e:
    print(type(e).__name__, e)
