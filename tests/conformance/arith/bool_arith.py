# bool is an int subclass.
print(True + True, True - False, True * 10, False * 10, True / 2, -True, +False)
print(sum([True, True, False, True]), True ** 2, 2 ** True, 10 // True)
print(True == 1, False == 0, (True is True) == 1, isinstance(True, int))
print(type(True + 1).__name__, type(True and 1).__name__, type(not 1).__name__)
print(str(True), repr(False), int(True), float(True))
print(True > False, max(True, False), min(True, 0), sorted([True, False, 1, 0]))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("0"))
print(bool([]), bool([0]), bool(()), bool({}), bool(None), bool(range(0)))
print(True & 1, True | 2, True ^ 1, ~True, True << 2)
print(["no", "yes"][True], ["no", "yes"][False], "abc"[True:])
d = {True: "t", 1: "one", 1.0: "float"}
print(d, len(d))
print(hash(True), hash(False), divmod(True, True))
