def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class K:
    def __init__(s, v): s.v = v
    def __hash__(s): return hash(s.v)
    def __eq__(s, o): return isinstance(o, K) and s.v == o.v
    def __repr__(s): return f"K({s.v})"
d = {K(1): 'a'}
print(d[K(1)], K(1) in d, K(2) in d)
class BadHash:
    def __hash__(s): raise RuntimeError("nohash")
t(lambda: {BadHash(): 1})
t(lambda: BadHash() in {})
t(lambda: {1: 2}.get(BadHash()))
class StrHash:
    def __hash__(s): return "x"
t(lambda: {StrHash(): 1})
t(lambda: hash(StrHash()))
class BigHash:
    def __hash__(s): return 2**100
print(hash(BigHash()) == hash(2**100), {BigHash(): 1} != {})
print({1: 'a'}[True], {0: 'z'}[0.0], {2**70: 1}[2**70])
