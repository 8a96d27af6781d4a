# Exceptions propagate up through calls until caught.
trace = []
def a(x):
    trace.append("a")
    return b(x) + 1
def b(x):
    trace.append("b")
    return c(x) * 2
def c(x):
    trace.append("c")
    if x < 0:
        raise ValueError("negative input " + str(x))
    return x
print(a(5), trace)
trace.clear()
try:
    a(-3)
except ValueError as e:
    print("caught at top:", e, trace)
def safe(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(safe(a, -1), safe(int, "12"), safe(int, "z"), safe(lambda: [][0]))
def catches_some(x):
    try:
        return a(x)
    except TypeError:
        return "type error handled"
print(catches_some("s"))
try:
    catches_some(-7)
except ValueError as e:
    print("passed through:", e)
