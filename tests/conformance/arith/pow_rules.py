# Exponentiation rules for ints and floats.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, type(2 ** -1).__name__)
print((-2) ** 3, (-2) ** 2, -2 ** 2, (-2) ** -2)
print(2.0 ** 3, 4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print(0.0 ** 0, 0 ** 0.0, 1.5 ** 2, 10.0 ** -2)
print(2 ** 100)
print(3 ** 50, -(3 ** 51))
print(7 ** 2 ** 2, (7 ** 2) ** 2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7))
print(pow(2, -1, 7), pow(3, -2, 11), pow(5, 0, 1))
print(pow(2.5, 2), pow(10, -1))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
