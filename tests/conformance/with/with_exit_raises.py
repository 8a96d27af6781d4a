# Exceptions raised inside __exit__.
class Raising:
    def __init__(self, name, exc):
        self.name = name
        self.exc = exc

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        raise self.exc


# Normal exit, __exit__ raises: no context.
try:
    with Raising("a", ValueError("from exit")):
        print("body a")
except ValueError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

# Body raises, __exit__ raises another: the body's exception is the context.
try:
    with Raising("b", ValueError("from exit b")):
        raise KeyError("body b")
except ValueError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
    print("suppress_context", e.__suppress_context__)

# __exit__ re-raises the exception it was given.
class Reraise:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("reraising", repr(v))
        raise v

try:
    with Reraise():
        raise IndexError("same")
except IndexError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

# __exit__ raises with an explicit cause.
class Cause:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise RuntimeError("wrapped") from v

try:
    with Cause():
        raise OSError("original")
except RuntimeError as e:
    print("caught", repr(e), "cause:", repr(e.__cause__), e.__suppress_context__)

# Nested: the inner __exit__ error reaches the outer __exit__.
class Show:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("show", self.name, repr(v))
        return self.suppress

with Show("outer", True):
    with Raising("inner", TypeError("inner exit")):
        print("inner body")
print("outer swallowed it")

try:
    with Show("o1"), Raising("i1", NameError("n")):
        raise ZeroDivisionError("z")
except NameError as e:
    print("caught", repr(e), "context", repr(e.__context__))

# __exit__ raising during return: the return is abandoned.
def f():
    with Raising("ret", LookupError("in return")):
        return 1

try:
    print(f())
except LookupError as e:
    print("caught", repr(e))

# __exit__ raising during break.
try:
    for i in range(3):
        with Raising("brk", ArithmeticError("in break")):
            break
except ArithmeticError as e:
    print("caught", repr(e), "i =", i)

# __exit__ that is not callable.
class BadExit:
    __exit__ = 5

    def __enter__(self):
        return self

try:
    with BadExit():
        print("body of BadExit")
except TypeError as e:
    print("TypeError", e)
