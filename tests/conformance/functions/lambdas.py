# Lambda expressions.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda a, b=2, *, c=3: a + b + c)(1), (lambda a, b=2, *, c=3: a + b + c)(1, c=10))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(10))))
print(square.__name__, (lambda: 0).__name__)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](3, 4), ops["mul"](3, 4))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
print((lambda x: (x, x))(1), max(["aa", "b", "ccc"], key=lambda s: len(s)))
