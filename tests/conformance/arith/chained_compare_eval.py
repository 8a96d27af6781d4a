# Chained comparisons evaluate each operand at most once and short-circuit.
log = []
def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2) is not None, log)
log.clear()
print(v(1) < v(5) > v(3) >= v(3) <= v(4), log)
log.clear()
x = 5
print(1 < x < 10, 10 < x < 1, 1 < x > 4, x == 5 == 5.0)
print(1 in [1, 2] in [[1, 2]], "a" not in "bc" not in "xyz")
print((1 < 2) < 3, 1 < (2 < 3))
a = [1]
print(a is a is not None, None is None is None)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 0 < "x")
print(0 < 0.5 < True < 2)
