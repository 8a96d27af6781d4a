# A ZeroDivisionError at module level.
numerator = 10
denominator = 0
print("about to divide")
ratio = numerator / denominator
print("never printed", ratio)
