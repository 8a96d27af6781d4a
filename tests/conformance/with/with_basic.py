# The basic protocol: __enter__ result bound by `as`, __exit__ called with three Nones.
class CM:
    def __init__(self, name, result=None):
        self.name = name
        self.result = result

    def __enter__(self):
        print("enter", self.name)
        return self.result if self.result is not None else self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False


with CM("a"):
    print("body a")

with CM("b") as x:
    print("body b", x.name)

with CM("c", 42) as y:
    print("body c", y)

with CM("d", [1, 2, 3]) as z:
    z.append(4)
print("after", z)

# The manager expression is evaluated once, before __enter__.
def make(name):
    print("make", name)
    return CM(name)

with make("e") as m:
    print("inside e", m.name)

# __enter__ may return anything, including None.
class NoneEnter:
    def __enter__(self):
        print("enter none")

    def __exit__(self, *args):
        print("exit none", len(args), args)

with NoneEnter() as v:
    print("v is", v)

# The `as` name keeps its value after the block.
print("y after", y)

# A body that does nothing.
with CM("f"):
    pass

# Result of __exit__ is ignored when there is no exception.
class TrueExit:
    def __enter__(self):
        return "t"

    def __exit__(self, *a):
        print("true exit", a)
        return True

with TrueExit() as t:
    print("body", t)
print("done")
