# Metaclass determination and conflicts.

class M1(type):
    pass


class M2(type):
    pass


class M3(M1):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class C(metaclass=M3):
    pass


try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# The most derived metaclass wins.
class AC(A, C):
    pass

print(type(AC).__name__)

class CA(C, A):
    pass

print(type(CA).__name__)

# An explicit metaclass that is a base of the bases' metaclass is upgraded.
class D(C, metaclass=M1):
    pass

print(type(D).__name__)

# An explicit unrelated metaclass conflicts.
try:
    class E(A, metaclass=M2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# metaclass=type with a custom-metaclass base picks the base's metaclass.
class F(A, metaclass=type):
    pass

print(type(F).__name__)

# A metaclass deriving from both resolves the conflict.
class M12(M1, M2):
    pass

class G(A, B, metaclass=M12):
    pass

print(type(G).__name__, [k.__name__ for k in G.__mro__])

# Conflicts through type().
try:
    type("H", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(M1("I", (A,), {})).__name__)
try:
    M1("J", (B,), {})
except TypeError as e:
    print(type(e).__name__, e)

# The metaclass of an instance-less base: plain classes mix freely with metaclass ones.
class Plain:
    pass

class K(Plain, A):
    pass

print(type(K).__name__)

# Function metaclasses are not checked for conflicts.
def fmeta(name, bases, ns):
    return type.__new__(M2, name, (), ns)

class L(A, metaclass=fmeta):
    pass

print(type(L).__name__, L.__bases__)
