# abs() for ints, floats and bools.
print(abs(5), abs(-5), abs(0), abs(-0), abs(-2**100), abs(2**63), abs(-(2**63)))
print(abs(-1.5), abs(1.5), abs(-0.0), abs(float("-inf")), abs(float("nan")))
print(abs(True), abs(False), type(abs(-1)).__name__, type(abs(-1.0)).__name__)
print([abs(x) for x in range(-3, 4)], sorted([-3, 2, -1], key=abs))
for bad in ["-1", None, [1]]:
    try:
        print(abs(bad))
    except TypeError as e:
        print(type(e).__name__, e)
