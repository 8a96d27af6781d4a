# Subclasses of ExceptionGroup: derive() decides the type of split results.
class Plain(ExceptionGroup):
    pass
p = Plain('plain', [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__, repr(m))

class WithDerive(ExceptionGroup):
    def derive(self, excs):
        return WithDerive(self.message + '!', excs)
w = WithDerive('wd', [ValueError(1), TypeError(2)])
m, r = w.split(TypeError)
print(type(m).__name__, repr(m), repr(r))
print(repr(w.subgroup(lambda e: True)))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive('bd', [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)

class WithNew(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = ExceptionGroup.__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return WithNew(self.message, excs, self.code)
n = WithNew('coded', [ValueError(1), KeyError(2)], 42)
print(repr(n), n.args, n.code, n.message, n.exceptions)
m, r = n.split(KeyError)
print(type(m).__name__, m.code, repr(m), repr(r))

class WithStr(ExceptionGroup):
    def __str__(self):
        return 'custom str'
print(str(WithStr('s', [ValueError()])), repr(WithStr('s', [ValueError()])))
class BaseSub(BaseExceptionGroup):
    pass
print(type(BaseSub('b', [ValueError()])).__name__, type(BaseSub('b', [SystemExit()])).__name__)
