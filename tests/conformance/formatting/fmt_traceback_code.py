value = 3.5
print(format(value, ".2f"))
print(format(value, "d"))
