def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 10, 3)
print(3 in r, 4 in r, -3 in r, 9 in r, 12 in r, True in range(2), False in range(1, 2))
print(3.0 in r, 3.5 in r, "3" in r, None in r, [] in r)
class E:
    def __eq__(self, o): return o == 6
    __hash__ = None
print(E() in r, E() in range(5))
class Ix(int): pass
print(Ix(6) in r, Ix(7) in r)
print(r.count(3.0), r.count(E()), r.index(3.0) if 3.0 in r else None)
t(lambda: r.index(3.5))
neg = range(10, 0, -2)
print(10 in neg, 0 in neg, 2 in neg, 3 in neg, neg.index(4), neg.count(4))
print(5 in range(5, 5), 2**90 in range(2**95), 2**90 + 1 in range(0, 2**95, 2))
