# Errors from calling methods with wrong arguments.

class C:
    def none(self):
        return "none"

    def one(self, a):
        return a

    def kw(self, *, k):
        return k

    def no_self():
        return "called"

    def __repr__(self):
        return "C()"


c = C()
cases = [
    lambda: c.none(1),
    lambda: c.one(),
    lambda: c.one(1, 2),
    lambda: c.kw(1),
    lambda: c.kw(),
    lambda: c.kw(k=1, j=2),
    lambda: c.no_self(),
    lambda: C.one(c),
    lambda: C.none(),
    lambda: c.one(a=1, b=2),
    lambda: c.one(1, a=1),
    lambda: c.missing(),
    lambda: C.missing,
    lambda: c.none.missing,
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except (TypeError, AttributeError) as e:
        print(i, type(e).__name__, e)

print(C.no_self())

# Calling a non-callable attribute.
c.value = 5
try:
    c.value()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)

# staticmethod/classmethod errors.
class S:
    @staticmethod
    def st(a):
        return a

    @classmethod
    def cl(cls, a):
        return a

for case in (lambda: S.st(), lambda: S().st(1, 2), lambda: S.cl(), lambda: S().cl(1, 2)):
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
