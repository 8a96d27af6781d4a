for v in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1e300, 5e-324, 2.0**60, 3.0, -2.5, 1/3]:
    print(repr(v), v.as_integer_ratio(), v.is_integer(), v.conjugate(), v.real, v.imag, repr(abs(v)), repr(-v), repr(+v))
for v in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(v.is_integer(), v.real, v.imag, v.conjugate())
print(float.is_integer(4.0), float.as_integer_ratio(0.5), type((2.0).real).__name__, type((2.0).imag).__name__)
print((2.5).__abs__(), (2.5).__neg__(), (2.5).__pos__(), (2.5).__bool__(), (0.0).__bool__(), (2.5).__int__(), (-2.5).__int__(), (2.5).__float__())
print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__sub__(1), (2.5).__rsub__(1), (2.5).__mul__(2), (2.5).__rmul__(True))
print((2.5).__truediv__(2), (2.5).__rtruediv__(5), (2.0).__pow__(3), (2.0).__rpow__(3), (2.5).__add__("x"), (2.5).__eq__(2.5))
print((2.5).__lt__(3), (2.5).__gt__(2**70), (2.5).__ne__(None), (2.5).__hash__() == hash(2.5), (2.5).__getnewargs__())
print(float.__repr__(0.1), float.__str__(1e16), float.__format__(2.5, ".3f"))
try:
    float.is_integer(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (2.5).__round__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float.hex(1)
except TypeError as e:
    print(type(e).__name__, e)
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), float.fromhex.__name__)
