# Basic try/except flow.
def risky(n):
    if n == 0:
        raise ValueError("zero not allowed")
    if n < 0:
        raise TypeError("negative: " + str(n))
    return 100 // n

for n in [5, 0, -1, 3]:
    try:
        print("result", risky(n))
    except ValueError as e:
        print("value error:", e)
    except TypeError as e:
        print("type error:", e)
try:
    print("before")
    [][1]
    print("not reached")
except IndexError:
    print("index error without binding")
print("after")
try:
    int("x")
except Exception as e:
    print("generic:", type(e).__name__, e)
try:
    {}["k"]
except (IndexError, KeyError) as e:
    print("tuple clause:", type(e).__name__, e)
try:
    try:
        1 / 0
    except ValueError:
        print("wrong handler")
except ZeroDivisionError as e:
    print("outer caught", e)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class raise:", repr(e), repr(str(e)))
