# with in functions, closures, class bodies, and nested in other statements.
class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)
        return self.tag

    def __exit__(self, *a):
        print("exit", self.tag)


def outer():
    with CM("func") as t:
        def inner():
            return t + "!"
    return inner()

print(outer())

class K:
    with CM("class") as attr:
        other = attr * 2

print(K.attr, K.other)

def gen_values():
    res = []
    for i in range(2):
        with CM(i) as v:
            res.append([v * 10 for _ in range(2)])
    return res

print(gen_values())

def deep(n):
    if n == 0:
        return "bottom"
    with CM("level%d" % n):
        return deep(n - 1)

print(deep(3))

# with inside try/except/else/finally.
def trying(flag):
    try:
        with CM("t"):
            if flag:
                raise ValueError("flag")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")

trying(True)
trying(False)

# with inside an except clause.
try:
    raise KeyError("k")
except KeyError as e:
    with CM("in-except") as v:
        print("handling", repr(e), v)

# Lambda as manager attribute.
import sys
with CM(sys.version_info[0] >= 3) as is3:
    print("is3", is3)

# A nonlocal rebound through as.
def counter():
    n = 0
    def bump():
        nonlocal n
        with CM(n + 1) as n:
            pass
        return n
    bump()
    bump()
    return n

print(counter())
