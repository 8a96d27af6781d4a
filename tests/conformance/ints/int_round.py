for x in [0, 5, 15, 25, 35, 45, 125, 135, -15, -25, -125, 1234567, -1234567, 10**20 + 5 * 10**10, 2**70, -2**70, 149, 150, 151, 250, -250, 5 * 10**30]:
    print(x, [round(x, n) for n in (-1, -2, -3, -10, 0, 2)], round(x), type(round(x, -1)).__name__)
print(round(True), round(True, 2), type(round(True)).__name__, round(False, -1))
print(round(5, 2**70), round(-5, 2**100))
print((25).__round__(), (25).__round__(-1), (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (-7).__ceil__())
print(type((7).__trunc__()).__name__, True.__trunc__(), type(True.__floor__()).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(5, "2")
except TypeError as e:
    print(type(e).__name__, e)
print(round(5, None), round(number=15, ndigits=-1))
