def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(enumerate("abc")))
t(lambda: list(enumerate("abc", 1)))
t(lambda: list(enumerate("abc", start=-2)))
t(lambda: list(enumerate("ab", 2**70)))
t(lambda: list(enumerate("ab", start=1.5)))
t(lambda: list(enumerate()))
t(lambda: list(enumerate(5)))
t(lambda: list(enumerate("a", 1, 2)))
t(lambda: list(enumerate(iterable="ab")))
t(lambda: list(enumerate("ab", True)))
e = enumerate([10, 20])
print(next(e), iter(e) is e, list(e))
t(lambda: type(enumerate([])).__name__)
t(lambda: dict(enumerate("xy")))
