# Inconsistent hierarchies raise TypeError.

class A: pass
class B(A): pass
class C: pass
class D: pass

cases = []

try:
    class X(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class P(C, D): pass
class Q(D, C): pass
try:
    class R(P, Q):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class E(A, C): pass
class F(C, A): pass
try:
    class G(E, F):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class H(object, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Same with type().
try:
    type("T", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)

# Three bases.
class K: pass
class L(K): pass
try:
    class M(K, C, L):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# A consistent ordering works.
class Good(B, A):
    pass

print([k.__name__ for k in Good.__mro__])
