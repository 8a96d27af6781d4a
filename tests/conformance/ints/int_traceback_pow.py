def inverse(a, m):
    return pow(a, -1, m)
print(inverse(3, 7))
print(inverse(2, 4))
