a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, -a, +a, abs(b), abs(a), a.conjugate(), b.conjugate())
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a - True, 1 / a, a / 2, 2 ** a, a ** 2, a ** 0, a ** -1, a ** 0.5, a ** b)
print((1j) ** 2, (2 + 0j) ** 10, (1 + 1j) ** 100, (0.5 + 0.5j) ** -3, (1 + 1j) ** (1 + 1j))
print(0j ** 0, 0j ** 2, (0j) ** (2 + 0j))
for bad in [lambda: a / 0, lambda: a / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: a // 2, lambda: a % 2,
            lambda: divmod(a, 2), lambda: a < b, lambda: int(a), lambda: float(a), lambda: round(a), lambda: a & 1, lambda: a ** (10**400)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(a == 1 + 2j, a != b, 1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, complex(2**60) == 2**60, complex(2**53 + 1) == 2**53 + 1, a == "x")
print(abs(3 + 4j), abs(-0j), abs(complex(float('inf'), float('nan'))), abs(1e300 + 1e300j))
print(a.real, a.imag, type(a.real).__name__, (5j).real, (5j).imag)
print(complex.conjugate(a), a.__abs__(), a.__neg__(), a.__add__(1), a.__radd__(1), a.__mul__(a), a.__truediv__(2), a.__rtruediv__(2))
print(a.__pow__(2), a.__rpow__(2), a.__eq__(a), a.__ne__(a), a.__add__("x"), a.__bool__(), (0j).__bool__(), a.__getnewargs__())
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, -0.0)))
print((1e300 + 1e300j) * (1e300 + 1e300j), (1 + 2j) / (1e-300 + 1e-300j), complex(1, 2) / complex(3, 4), (1 + 1j) / (1e308 + 1e308j))
print((2 + 3j) ** 3, (2 + 3j) ** -2, (1 + 2j) ** 101, (1 - 1j) ** 17)
