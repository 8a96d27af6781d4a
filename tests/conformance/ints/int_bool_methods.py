print(True + True, True - False, True * 5, True / 2, True // 2, True % 2, True ** 10, -True, +True, abs(False))
print(True & True, True | False, True ^ True, False ^ False, True & 1, 1 | False, True ^ 3)
print(type(True & True).__name__, type(True | 0).__name__, type(True ^ False).__name__, type(-True).__name__)
print(repr(True), str(False), True.__repr__(), False.__str__(), format(True), format(False, ""), f"{True}")
print(format(True, "d"), format(True, "5"), format(False, "x"), format(True, ".2f"), format(True, "^7"))
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__and__(3), True.__rand__(False))
print(True.__add__(1), True.__index__(), True.__int__(), True.__float__(), True.__bool__(), True.__hash__())
print(True.bit_length(), True.bit_count(), True.to_bytes(), False.as_integer_ratio(), True.real, True.imag, True.numerator)
print(sum([True, True, False]), max(True, 0), sorted([True, False, 0, 1]), True == 1)
print(int(True), float(False), complex(True), str(True + 0), divmod(True, True), pow(True, 2, 2))
print(hash(True) == hash(1), hash(False) == hash(0.0), {True: "a", 1: "b"}, {0: "x", False: "y"})
for bad in [lambda: bool.__and__(1, True), lambda: bool.__repr__(1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
