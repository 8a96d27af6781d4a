# C3 linearization orders.

def mro(cls):
    return " ".join(k.__name__ for k in cls.__mro__)


class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for k in (K1, K2, K3, Z):
    print(k.__name__, "->", mro(k))

# Classic example with F, E, D...
class F: pass
class E2: pass
class D2: pass
class C2(D2, F): pass
class B2(D2, E2): pass
class A2(B2, C2): pass
print(mro(A2))

# Order of bases matters.
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
print(mro(XY), "|", mro(YX))

class P(XY): pass
class Q(P, Y): pass
print(mro(Q))

# Builtins in the hierarchy.
class MyList(list): pass
class Mixin: pass
class Both(Mixin, MyList): pass
print(mro(Both))

class IntStrMixin(int): pass
print(mro(IntStrMixin), mro(bool))

# Deep diamond.
class Top: pass
class L1(Top): pass
class R1(Top): pass
class L2(L1): pass
class R2(R1): pass
class Bot(L2, R2): pass
print(mro(Bot))

# mro() returns a new list each time.
print(Bot.mro() == list(Bot.__mro__), Bot.mro() is Bot.mro())
