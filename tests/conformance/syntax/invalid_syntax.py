# A dangling binary operator.
x = 1
y = x +
print(y)
