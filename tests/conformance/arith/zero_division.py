# Every way to divide by zero and CPython's exact messages.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -2", lambda: 0.0 ** -2),
    ("2**100 // 0", lambda: 2**100 // 0),
    ("2**100 % 0", lambda: 2**100 % 0),
    ("True / False", lambda: True / False),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except ZeroDivisionError as e:
        print(text, "->", type(e).__name__, e)
x = 0
try:
    x = 10 / x
except ZeroDivisionError:
    print("caught, x still", x)
print(isinstance(ZeroDivisionError(), ArithmeticError))
