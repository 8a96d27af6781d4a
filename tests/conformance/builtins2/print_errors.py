def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import sys
print(1, 2, 3, sep="-")
print(1, 2, sep=None, end=None)
print("a", "b", sep="", end="!\n")
print()
print(end="")
print("x", file=None)
print("to stdout", file=sys.stdout, flush=True)
t(lambda: print(1, sep=5))
t(lambda: print(1, end=5))
t(lambda: print(1, file=5))
t(lambda: print(1, bogus=5))
t(lambda: print(1, sep=b"x"))
class W:
    def __init__(s): s.parts = []
    def write(s, x): s.parts.append(x)
w = W()
print("hi", 2, sep="|", file=w)
print(w.parts)
class WF(W):
    def flush(s): s.parts.append("FLUSH")
wf = WF()
print("a", file=wf, flush=True)
print(wf.parts)
class S:
    def __str__(s): return "S!"
print(S())
class BadS:
    def __str__(s): raise ValueError("no str")
t(lambda: print(BadS()))
t(lambda: print("x", file=W(), flush=True))
