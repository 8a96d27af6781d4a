for f in [lambda: (5).bit_length(1), lambda: (5).bit_count(x=1), lambda: (5).__add__(), lambda: (5).__add__(1, 2),
          lambda: int.__add__("a", 1), lambda: int.__neg__(1.5), lambda: (5).__round__(1, 2), lambda: (5).__round__(1.5),
          lambda: (5).to_bytes(1, "big", False), lambda: (5).to_bytes(foo=1), lambda: int.from_bytes(b"", "big", True),
          lambda: (5).__pow__(2, 3, 4), lambda: (5).__format__(5), lambda: (5).conjugate(1), lambda: (5).as_integer_ratio(1),
          lambda: int.to_bytes(1.5, 2), lambda: (5).__index__(1), lambda: (5).__trunc__(1), lambda: (5).is_integer(2), lambda: (5).__round__(None), lambda: (5).__pow__(), lambda: (5).__add__(x=1), lambda: (5).__format__(x='')]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print((5).__pow__(2, 3), (5).__pow__(-1, 7), (5).__rpow__(2, 7), (5).__pow__(2.0), (5).__pow__(2, None), (2).__pow__(-1))
print((5).__round__(-1), (15).__round__(-1), (25).__round__(-1), (5).__format__("^5"))
print(int.__lt__(1, 2), int.__eq__(2, 2), int.__ge__(2**70, 2**71), int.__le__(1, 1.0), int.__ne__(1, 2))
print((7).__truediv__(0) if False else "", (7).__floordiv__(2.0), (7).__rtruediv__(14), (7).__mod__(-2), (-7).__rmod__(3))
try:
    (7).__truediv__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (7).__rfloordiv__(0) and (0).__rfloordiv__(7)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1).__lshift__(-1)
except ValueError as e:
    print(type(e).__name__, e)
