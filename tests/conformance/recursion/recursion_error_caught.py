# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, e)

def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)

print("still works after recovery:", countdown(200))
try:
    forever(0)
except RecursionError as e:
    print("second time:", e)
