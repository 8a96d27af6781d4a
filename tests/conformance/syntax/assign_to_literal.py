# Assigning to a literal.
x = 2
1 = x
print(x)
