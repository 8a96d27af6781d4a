# Zero-argument super() in methods.

class A:
    def f(self):
        return ["A.f"]

    def g(self, x):
        return f"A.g({x})"


class B(A):
    def f(self):
        return ["B.f"] + super().f()

    def g(self, x):
        return "B>" + super().g(x * 2)


class C(A):
    def f(self):
        return ["C.f"] + super().f()


class D(B, C):
    def f(self):
        return ["D.f"] + super().f()


print(D().f())
print(B().f(), C().f())
print(D().g(1))

# super() inside nested functions does not work without arguments.
class E(A):
    def f(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"

print(E().f())

# super() in a lambda inside a method works if the lambda uses it... it does not have __class__.
class F(A):
    def f(self):
        helper = lambda: super(F, self).f()
        return ["F.f"] + helper()

print(F().f())

# super() works in methods added later only via explicit arguments.
def late(self):
    return super(G, self).f()

class G(A):
    pass

G.late = late
print(G().late())

# super() in a generator method and an async-free comprehension.
class H(A):
    def gen(self):
        yield super().f()
        yield super().g(3)

    def comp(self):
        return [super(H, self).g(i) for i in range(2)]

print(list(H().gen()), H().comp())

# Attribute access (not only methods) via super().
class Base:
    attr = "base attr"

    @property
    def prop(self):
        return "base prop"

class Child(Base):
    attr = "child attr"

    @property
    def prop(self):
        return "child prop / " + super().prop

    def get(self):
        return super().attr

print(Child().prop, Child().get())

# super() skipping a class in the MRO.
class X:
    def m(self):
        return "X"

class Y(X):
    def m(self):
        return "Y"

class Z(Y):
    def m(self):
        return super(Y, self).m()

print(Z().m())

# super() when the first argument was renamed.
class R(A):
    def f(this):
        return ["R.f"] + super().f()

print(R().f())

# super() where the first argument is reassigned.
class S(A):
    def f(self):
        self = 5
        try:
            return super().f()
        except TypeError as e:
            return f"{type(e).__name__}: {e}"

print(S().f())
