vals = [7, -7, 3, -3, 1, -1, 0, 2**64 + 5, -(2**64 + 5), 2**63, -2**63, 10**30 + 7]
for a in vals:
    for b in vals:
        if b == 0:
            for op in ("//", "%", "divmod", "/"):
                try:
                    if op == "//":
                        a // b
                    elif op == "%":
                        a % b
                    elif op == "divmod":
                        divmod(a, b)
                    else:
                        a / b
                except ZeroDivisionError as e:
                    print(a, op, b, type(e).__name__, e)
            continue
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, a // b, a % b, q, r, a / b)
print(divmod(-2**63, -1), -2**63 // -1, -2**63 % -1, (-2**63) * -1)
print(divmod(True, 2), True // True, False % True, 5 % True)
print(divmod(7, 2.0), divmod(-7, 2.0), 7 // -2.0, 7 % -2.0, -7.5 // 2, -7.5 % 2)
try:
    divmod(7, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    7 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    7 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    7 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1+2j, 1)
except TypeError as e:
    print(type(e).__name__, e)
