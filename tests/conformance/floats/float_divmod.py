vals = [7.5, -7.5, 2.0, -2.0, 0.1, -0.1, 1e300, -1e-300, 0.0, -0.0, float('inf'), float('-inf'), 3, -3]
for a in vals:
    for b in vals:
        try:
            print(repr(a), repr(b), repr(a // b), repr(a % b), divmod(a, b))
        except ZeroDivisionError as e:
            print(repr(a), repr(b), type(e).__name__, e)
for a, b in [(1.0, float('nan')), (float('nan'), 1.0), (5.0, 1e-320), (-5.0, 1e-320), (1e308, 1e-308)]:
    try:
        print(a // b, a % b, divmod(a, b), a / b)
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, 0.0), (1.0, -0.0)]:
    for op in ('/', '//', '%', 'divmod'):
        try:
            if op == '/':
                a / b
            elif op == '//':
                a // b
            elif op == '%':
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (7.5).__mod__(2), (7.5).__rmod__(20), (7.5).__floordiv__(2), (7.5).__rfloordiv__(100))
print(-7 % 2.5, 7 % -2.5, -0.0 % 5, 0.0 % -5, 5 % float('inf'), -5 % float('inf'), 5 % float('-inf'))
