# Subclassing float and complex.

class Meters(float):
    def __repr__(self):
        return f"Meters({float(self)!r})"

    def to_cm(self):
        return Meters(self * 100)


m = Meters(1.5)
print(m, repr(m), str(m), float(m), type(float(m)).__name__)
print(m + 1, type(m + 1).__name__, type(2 * m).__name__, type(-m).__name__, type(m ** 2).__name__)
print(m.to_cm(), m == 1.5, m < 2, hash(m) == hash(1.5), m.is_integer(), m.hex())
print(round(m), type(round(m)).__name__, round(m, 1), type(round(m, 1)).__name__)
print(Meters("2.5"), Meters(3), Meters(), isinstance(m, float))
print(f"{m:.3f}", format(m, "e"), "%.1f" % m, int(m), divmod(m, 1))
print(m.real, type(m.real).__name__, m.conjugate(), type(m.conjugate()).__name__)
try:
    Meters("abc")
except ValueError as e:
    print(type(e).__name__, e)

class Prob(float):
    def __new__(cls, value):
        if not 0 <= value <= 1:
            raise ValueError(f"probability out of range: {value}")
        return super().__new__(cls, value)

    def complement(self):
        return Prob(1 - self)

print(Prob(0.25).complement(), type(Prob(0.25).complement()).__name__)
try:
    Prob(2)
except ValueError as e:
    print(type(e).__name__, e)

# Overridden arithmetic.
class Sticky(float):
    def __add__(self, other):
        return Sticky(float(self) + other)

    __radd__ = __add__

    def __repr__(self):
        return f"Sticky({float(self)})"

s = Sticky(1.0)
print(s + 1, 1 + s, s + s, sum([s, s], Sticky(0.0)), type(s - 1).__name__)

# complex subclass.
class Z(complex):
    def __repr__(self):
        return f"Z{complex(self)!r}"

z = Z(1, 2)
print(z, z.real, z.imag, type(z + 1).__name__, abs(Z(3, 4)), z == complex(1, 2))
