z = complex(1, 2)
print(z * z)
print(z / 0)
