# slice objects and slice.indices().
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), slice(1, None, -1))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s], data[slice(None, None, -3)])
print(s.indices(10), s.indices(5), slice(None).indices(4), slice(-3, None).indices(10))
print(slice(None, None, -1).indices(5), slice(100, -100, -1).indices(6), slice(-100, 100).indices(6))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
k = slice(2, -2)
print(data[k], "hello world"[k], [1, 2][k])
data[slice(0, 3)] = ["a"]
print(data)
del data[slice(None, None, 2)]
print(data)
try:
    print(slice(0, 5, 0).indices(5))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(slice(1, 2).indices(-1))
except ValueError as e:
    print(type(e).__name__, e)
