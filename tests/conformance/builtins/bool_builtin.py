# bool() and truth conversion.
print(bool(), bool(0), bool(1), bool(-5), bool(0.0), bool(1e-300), bool(""), bool("False"))
print(bool([]), bool([None]), bool({}), bool({None: None}), bool(()), bool(range(0)), bool(range(1)))
print(bool(None), bool(True), bool(bool), bool(len), bool(b""), bool(b"\x00"), bool(...))
print(type(bool(1)).__name__, bool(1) is True, bool(0) is False, isinstance(True, int))
print(True + 0, str(True), repr(False), True.__class__.__name__, int(False))
print(bool(float("nan")), bool(-0.0), bool(2**100), bool(set()), bool(frozenset([0])))
try:
    print(bool(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
