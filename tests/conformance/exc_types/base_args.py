# args, str() and repr() of BaseException and plain subclasses.
cases = [(), (1,), ('a',), (1, 2), ('x', None, [1]), ((1, 2),), ('',)]
for a in cases:
    for cls in (BaseException, Exception, ValueError, RuntimeError):
        e = cls(*a)
        print(cls.__name__, e.args, repr(str(e)), repr(e))

e = ValueError(1, 2)
e.args = [3]
print(e.args, str(e), repr(e))
e.args = 'ab'
print(e.args, str(e))
e.args = ()
print(e.args, repr(str(e)), repr(e))
try:
    e.args = 5
except TypeError as x:
    print(type(x).__name__, x)
try:
    del e.args
except TypeError as x:
    print(type(x).__name__, x)

class MyError(Exception):
    pass
class Other(MyError):
    x = 'class attr'
print(repr(MyError('m')), str(MyError('m')), repr(Other()), repr(Other(1, 'two')))
o = Other()
print(o.x)
o.x = 'instance attr'
print(o.x, Other.x)
print(o.__dict__)
print(o.__class__.__name__, type(o).__mro__[1].__name__)

try:
    ValueError(x=1)
except TypeError as x:
    print(type(x).__name__, x)
try:
    Other(k=2)
except TypeError as x:
    print(type(x).__name__, x)
try:
    BaseException.__str__(5)
except TypeError as x:
    print(type(x).__name__, x)
try:
    BaseException.with_traceback(1, None)
except TypeError as x:
    print(type(x).__name__, x)

e = ValueError('v')
print(e.with_traceback(None) is e, e.__traceback__)
try:
    e.with_traceback(5)
except TypeError as x:
    print(type(x).__name__, x)
print(ValueError.__init__(e, 7, 8), e.args)
print(e.__reduce__())
e.extra = 1
print(e.__reduce__())
print(BaseException.__new__(ValueError, 1, 2).args)
print(Exception.__str__(KeyError('k')), KeyError.__str__(KeyError('k')))
