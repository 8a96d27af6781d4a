n = -3
print(1 << n)
