def recurse(n):
    if n == 0:
        raise ValueError("bottom")
    recurse(n - 1)

try:
    recurse(30)
except ValueError as e:
    raise ExceptionGroup("recursion", [e])
