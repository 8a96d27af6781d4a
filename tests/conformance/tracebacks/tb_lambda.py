# An exception raised inside a lambda called through map.
invert = lambda x: 1 / x
print(list(map(invert, [1, 2, 4])))
print(list(map(invert, [1, 0])))
