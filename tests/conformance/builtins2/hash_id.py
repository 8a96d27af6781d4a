def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: hash(1))
t(lambda: hash(-1))
t(lambda: hash(1.0) == hash(1))
t(lambda: hash(0.5))
t(lambda: hash(2**61 - 1))
t(lambda: hash(2**61))
t(lambda: hash(-2**61))
t(lambda: hash(True))
t(lambda: hash((1, 2)))
t(lambda: hash(()))
t(lambda: hash(None) == hash(None))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash({1}))
t(lambda: hash(frozenset([1])) == hash(frozenset([1])))
t(lambda: hash(float("inf")))
t(lambda: hash(float("-inf")))
t(lambda: hash(1e100))
t(lambda: hash(-0.0))
t(lambda: hash("abc") == hash("abc"))
t(lambda: hash(b"abc") == hash("abc"))
t(lambda: hash(1+0j) == hash(1))
class H:
    def __hash__(s): return 2**70
t(lambda: hash(H()))
class HB:
    def __hash__(s): return "x"
t(lambda: hash(HB()))
class HN:
    __hash__ = None
t(lambda: hash(HN()))
class Eq:
    def __eq__(s, o): return True
t(lambda: hash(Eq()))
class HM1:
    def __hash__(s): return -1
t(lambda: hash(HM1()))
a = object()
print(id(a) == id(a), type(id(a)).__name__, id(a) != id(object()) or True)
t(lambda: id())
t(lambda: hash())
