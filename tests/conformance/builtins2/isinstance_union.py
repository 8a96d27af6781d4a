def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(isinstance(True, int), isinstance(1, bool))
print(issubclass(bool, int), issubclass(int, (str, object)))
t(lambda: isinstance(1, 5))
t(lambda: isinstance(1, (int, 5)))
t(lambda: isinstance(1, (5, int)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1))
t(lambda: issubclass(int, ()))
print(isinstance(1, ()))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == "magic"
    def __subclasscheck__(cls, sub): return sub is str
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance(1, M), issubclass(str, M), issubclass(int, M))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (int, A)), issubclass(A, B))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
