# __class__ cell and zero-argument super() with custom metaclasses.

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta):
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f+" + super().f()

    def cls(self):
        return __class__


print(B().f(), B().cls() is B, "__classcell__" in B.__dict__)

# A metaclass that builds the class from a copy of the namespace still passes __classcell__.
class Copying(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class C(metaclass=Copying):
    def who(self):
        return __class__.__name__


print(C().who())

# Dropping __classcell__ from the namespace: __class__ is left unset.
class Dropping(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)


try:
    class D(metaclass=Dropping):
        def who(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)

# Returning a different class from the metaclass breaks the cell binding.
class Swapping(type):
    def __new__(mcls, name, bases, ns):
        super().__new__(mcls, name, bases, ns)
        return type.__new__(mcls, name + "Other", bases, {})


try:
    class E(metaclass=Swapping):
        def who(self):
            return __class__
except TypeError as e:
    print(type(e).__name__, e)

# Methods without super()/__class__ create no cell.
class F(metaclass=Meta):
    def plain(self):
        return 1

# The cell refers to the class even inside nested functions and lambdas.
class G:
    def nested(self):
        inner = lambda: __class__
        return inner()

print(G().nested() is G)
