# NotImplemented handling and the operand dispatch order.

log = []


class A:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __add__(self, o):
        log.append(f"{self}.__add__({o})")
        return NotImplemented

    def __radd__(self, o):
        log.append(f"{self}.__radd__({o})")
        return NotImplemented


class B(A):
    pass


class C:
    def __radd__(self, o):
        log.append(f"C.__radd__({o})")
        return "C wins"

    def __repr__(self):
        return "c"


def attempt(f):
    log.clear()
    try:
        result = f()
    except TypeError as e:
        result = f"{type(e).__name__}: {e}"
    print(result, "|", "; ".join(log))


a, b, c = A("a"), B("b"), C()
attempt(lambda: a + c)
attempt(lambda: a + a)
attempt(lambda: a + b)        # B does not override __radd__: normal order
attempt(lambda: b + a)
attempt(lambda: a + 1)
attempt(lambda: 1 + a)


class B2(A):
    def __radd__(self, o):
        log.append(f"{self}.B2.__radd__({o})")
        return "B2 reflected"


b2 = B2("b2")
attempt(lambda: a + b2)      # B2 overrides __radd__: tried first
attempt(lambda: b2 + a)

# NotImplemented from comparisons.
class E:
    def __eq__(self, o):
        log.append("E.__eq__")
        return NotImplemented

    def __lt__(self, o):
        log.append("E.__lt__")
        return NotImplemented

attempt(lambda: E() == E())
attempt(lambda: E() != 5)
attempt(lambda: E() < E())
attempt(lambda: 5 < E())

# NotImplemented is a singleton.
print(type(NotImplemented).__name__, repr(NotImplemented), NotImplemented is NotImplemented)

# Returning NotImplemented from a unary method is just a value.
class U:
    def __neg__(self):
        return NotImplemented

print(-U())

# Built-in types return NotImplemented for unknown operands.
print((1).__add__("x"), "x".__eq__(1), [].__eq__(5), (1.5).__lt__("s"))
print((1).__radd__(2), (2).__rsub__(10), "ab".__mul__(2), [1].__rmul__(2))
