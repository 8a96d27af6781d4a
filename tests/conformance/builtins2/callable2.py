def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __call__(s): return 1
class D: pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(5), callable(lambda: 0))
print(callable(print), callable(str.upper), callable("x".upper), callable(None))
t(lambda: callable())
t(lambda: callable(1, 2))
d = D()
d.__call__ = lambda: 1
print(callable(d))
