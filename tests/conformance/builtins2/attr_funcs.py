def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    x = 1
c = C()
t(lambda: getattr(c, "x"))
t(lambda: getattr(c, "y"))
t(lambda: getattr(c, "y", "dflt"))
t(lambda: getattr(c, 5))
t(lambda: getattr(c))
t(lambda: getattr(1, "nope"))
t(lambda: getattr(C, "nope"))
t(lambda: setattr(c, "y", 2))
print(c.y)
t(lambda: setattr(c, 1, 2))
t(lambda: setattr(1, "a", 2))
t(lambda: setattr(c, "a"))
t(lambda: hasattr(c, "y"))
t(lambda: hasattr(c, "zz"))
t(lambda: hasattr(c, 1))
t(lambda: delattr(c, "y"))
t(lambda: delattr(c, "y"))
t(lambda: delattr(c, 3))
t(lambda: delattr(1, "real"))
class E:
    @property
    def p(s): raise ValueError("prop")
t(lambda: hasattr(E(), "p"))
t(lambda: getattr(E(), "p", 1))
class G:
    def __getattr__(s, n): return n * 2
t(lambda: getattr(G(), "ab"))
t(lambda: hasattr(G(), "anything"))
import sys
t(lambda: getattr(sys, "nonexistent_attr"))
