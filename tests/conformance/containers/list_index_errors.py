# IndexError and TypeError from list indexing.
lst = [10, 20, 30]
for i in [0, 2, -1, -3, 3, -4, 100]:
    try:
        print(i, lst[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
for key in ["1", 1.0, None, (1,), [1]]:
    try:
        print(lst[key])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [][-1]
except IndexError as e:
    print(type(e).__name__, e)
try:
    print((1, 2)[2])
except IndexError as e:
    print(type(e).__name__, e)
try:
    pair = (1, 2)
    print(pair["x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    print(nothing[0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    print(five[0])
except TypeError as e:
    print(type(e).__name__, e)
print(lst[True], lst[-True], lst[2**0])
