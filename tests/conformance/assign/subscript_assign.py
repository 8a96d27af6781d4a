# Assigning through subscripts.
lst = [0, 1, 2, 3]
lst[0] = "a"
lst[-1] = "z"
print(lst)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[-1][0] = 7
print(grid)
d = {}
d["x"] = 1
d[("t", 1)] = "tuple key"
d[3] = d
d[3] = "replaced"
d[1.5] = None
print(d)
nested = {"a": {"b": [1, 2]}}
nested["a"]["b"][0] = "deep"
nested["a"]["c"] = {}
print(nested)
try:
    lst[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst[-5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst["0"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    None[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    r = range(3)
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
