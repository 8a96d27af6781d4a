# Result types of arithmetic across bool, int and float.
vals = [True, 3, 2.0]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b),
]
for name, fn in ops:
    row = []
    for a in vals:
        for b in vals:
            r = fn(a, b)
            row.append("%s:%r" % (type(r).__name__, r))
    print(name, " ".join(row))
print(type(True + True).__name__, True + True, -True, +False, ~True, abs(-True))
print(type(True & 1).__name__, type(True | False).__name__, type(True ^ 2).__name__)
print(type(True << 1).__name__, True << 1, type(2 >> True).__name__)
x = True
x += 1
print(x, type(x).__name__)
y = 5
y /= 5
print(y, type(y).__name__)
z = 7.0
z //= 2
print(z, type(z).__name__)
print(divmod(True, 2), divmod(7, 2.0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(int(True), float(False), complex(1, 2) * 2)
