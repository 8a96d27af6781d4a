# bit_length, bit_count, conjugate, numerator/denominator, real/imag, __index__
for x in [0, 1, -1, 2, 255, 256, -256, 2**63 - 1, -2**63, 2**63, 2**64, -2**64 - 1, 10**30, -(10**30), True, False]:
    print(x, x.bit_length(), x.bit_count(), x.conjugate(), x.numerator, x.denominator, x.real, x.imag)
    print(type(x.conjugate()).__name__, type(x.real).__name__, type(x.numerator).__name__)
print((5).__index__(), (-5).__index__(), (2**70).__index__())
print(True.__index__(), type(True.__index__()).__name__)
print(int.bit_length(7), int.bit_count(7))
print((7).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio(), (2**80).as_integer_ratio())
print((7).is_integer(), (0).is_integer(), True.is_integer())
print((3).__abs__(), (-3).__abs__(), (-2**63).__abs__(), abs(-2**100))
print((3).__neg__(), (-2**63).__neg__(), (3).__pos__(), (3).__invert__(), (-1).__invert__())
print((5).__bool__(), (0).__bool__())
print((5).__int__(), (5).__float__(), (2**64).__float__())
try:
    int.bit_length("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).bit_length(2)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__add__(3, 4), (3).__add__(4.0), (3).__mul__("a"), (3).__sub__(1))
print((3).__radd__(4), (3).__rsub__(10), (7).__floordiv__(2), (7).__rfloordiv__(20), (7).__mod__(3), (2).__pow__(10), (2).__rpow__(3))
print((7).__truediv__(2), (7).__divmod__(2), (7).__rdivmod__(30))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(10), (1024).__rshift__(3))
print((3).__eq__(3), (3).__eq__(3.0), (3).__lt__(4), (3).__ge__(4), (3).__ne__("x"))
print((3).__hash__(), (-1).__hash__())
