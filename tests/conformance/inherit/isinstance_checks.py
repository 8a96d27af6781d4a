# isinstance and issubclass with classes, tuples and builtins.

class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

d = D()
print(isinstance(d, A), isinstance(d, C), isinstance(d, (int, C)), isinstance(d, ()))
print(isinstance(d, (int, (str, (A,)))))
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), issubclass(D, object))
print(issubclass(bool, int), issubclass(int, bool), isinstance(True, int), isinstance(1, bool))
print(isinstance(A, type), isinstance(A, object), isinstance(type, type), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type))

# Errors.
for args in ((d, 5), (d, "A"), (d, (A, 5))):
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in ((d, A), (5, int), (A, 5), (A, (A, 1))):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)

# Short-circuit: a match earlier in the tuple avoids later bad entries.
print(isinstance(d, (A, 5)))
print(issubclass(D, (A, 5)))

# isinstance with a __class__ attribute that lies.
class Liar:
    @property
    def __class__(self):
        return int

l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l).__name__)

# Union types.
print(isinstance(5, int | str), isinstance("s", int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))

# Builtin types.
print(isinstance([], list), isinstance({}, dict), isinstance(len, type), isinstance(int, type))
class L(list): pass
print(isinstance(L(), list), issubclass(L, (dict, list)), type(L()) is list)
