def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(reversed([1,2,3])))
t(lambda: list(reversed((1,2,3))))
t(lambda: list(reversed("abc")))
t(lambda: list(reversed(range(5))))
t(lambda: list(reversed(range(0, 10, 3))))
t(lambda: list(reversed({1: 2, 3: 4})))
t(lambda: list(reversed({1: 2}.items())))
t(lambda: list(reversed({1, 2})))
t(lambda: list(reversed(5)))
t(lambda: list(reversed(x for x in [1])))
t(lambda: reversed())
t(lambda: reversed([1], [2]))
class S:
    def __len__(s): return 3
    def __getitem__(s, i): return i * 10
t(lambda: list(reversed(S())))
class R:
    def __reversed__(s): return iter("zyx")
t(lambda: list(reversed(R())))
class N:
    __reversed__ = None
t(lambda: reversed(N()))
r = reversed([1, 2])
print(next(r), list(r), list(r))
t(lambda: list(reversed(bytearray(b"ab"))))
t(lambda: list(reversed(b"ab")))
