# Conditional expressions.
for n in [-3, 0, 4]:
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")
x = 10
print("even" if x % 2 == 0 else "odd", (1 if x else 2) * 3, 1 if x else 2 * 3)
def side(v):
    print("side", v)
    return v
print(side("a") if side(True) else side("b"))
print(side("a") if side(0) else side("b"))
vals = [i if i % 3 else -i for i in range(7)]
print(vals)
f = lambda a: "big" if a > 100 else "small"
print(f(5), f(500))
print((lambda: "t")() if [] else "empty list branch")
result = "x" if None else "y" if "" else "z"
print(result)
print(max(3, 4) if 3 < 4 else min(3, 4), [0] if [0] else [1])
