# Exception subclasses: __init__, attributes, __str__/__repr__ overrides, properties.
class AppError(Exception):
    def __init__(self, message, code):
        Exception.__init__(self, message)
        self.code = code
e = AppError('failed', 42)
print(e.args, e.code, str(e), repr(e), e.__dict__)

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, e.a, str(e), repr(e))

class Custom(ValueError):
    def __str__(self):
        return 'custom:' + ','.join(map(str, self.args))
    def __repr__(self):
        return 'Custom<%d>' % len(self.args)
c = Custom(1, 2)
print(str(c), repr(c), [c], '%s' % c, f'{c}', f'{c!r}')

class WithProp(Exception):
    @property
    def detail(self):
        return 'detail of ' + str(self.args[0])
    @property
    def settable(self):
        return self._s
    @settable.setter
    def settable(self, v):
        self._s = v * 2
p = WithProp('x')
print(p.detail)
p.settable = 4
print(p.settable)
try:
    p.detail = 1
except AttributeError as x:
    print(type(x).__name__)

class ClassAttr(Exception):
    kind = 'class'
a = ClassAttr()
print(a.kind)
a.kind = 'instance'
print(a.kind, ClassAttr.kind)
del a.kind
print(a.kind)
try:
    del a.kind
except AttributeError as x:
    print(type(x).__name__, x)
try:
    a.missing
except AttributeError as x:
    print(type(x).__name__, x)

class BadStr(Exception):
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as x:
    print(type(x).__name__, x)

class Meta(Exception):
    def __init__(self, *args, **kwargs):
        Exception.__init__(self, *args)
        self.kwargs = kwargs
m = Meta(1, key='v')
print(m.args, m.kwargs)

class Deep(KeyError):
    pass
class Deeper(Deep):
    pass
print(str(Deeper('k')), repr(Deeper('k')), isinstance(Deeper(), LookupError))
try:
    raise Deeper('x')
except KeyError as x:
    print('caught', repr(x))
