# Leaving a with block early calls __exit__(None, None, None).
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *args):
        print("exit", self.name, args)


def ret():
    with CM("ret"):
        return "value"
    print("not reached")

print("returned", ret())

def ret_expr():
    x = 10
    with CM("a"), CM("b"):
        return x * 2

print("returned", ret_expr())

def ret_none():
    with CM("none"):
        return

print("returned", ret_none())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            print("break")
            break
        print("continue", i)
        continue
    print("never")

i = 0
while i < 3:
    i += 1
    with CM("w%d" % i):
        if i < 3:
            continue
        print("last round")

# Return value is computed before __exit__ runs.
class Logger:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *a):
        self.log.append("exit")

def compute(lg):
    with lg:
        lg.log.append("body")
        return list(lg.log)

lg = Logger()
print(compute(lg), lg.log)

# Nested loops and with blocks.
def nested():
    out = []
    for i in range(2):
        with CM("outer%d" % i):
            for j in range(3):
                with CM("inner%d%d" % (i, j)):
                    if j == 1:
                        break
                    out.append((i, j))
    return out

print(nested())

# try/finally inside with, and with inside try/finally.
def mixed():
    try:
        with CM("mixed"):
            try:
                return "from try"
            finally:
                print("finally inside")
    finally:
        print("finally outside")

print(mixed())

# A suppressing manager can swallow an exception and the loop goes on.
class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None:
            print("suppressing", t.__name__)
        return True

for k in range(3):
    with Suppress():
        if k == 1:
            raise ValueError(k)
        print("k", k)

def swallow_then_return():
    with Suppress():
        raise KeyError(1)
    return "after"

print(swallow_then_return())
