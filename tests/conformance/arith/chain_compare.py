# Chained comparisons evaluate each operand at most once and short-circuit.
def v(x):
    print("eval", x)
    return x

print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
print(v(1) < v(2) > v(0) < v(5))
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, 0 <= x < 5)
print(1 < 2 == 2 < 3, 1 < 3 == 3 > 2)
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2] == True)
a = [1, 2]
b = a
print(a is b is not None, a is not [1, 2] is not None)
print((1 < 2) < 3, 1 < (2 < 3))
print(-1 < 0 < 1 < 2 < 3 < 4 < 5 < 6)
print(-1 < 0 < 1 < 2 < 3 < 4 < 3 < 6)
