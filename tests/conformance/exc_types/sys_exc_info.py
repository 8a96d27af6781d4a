# sys.exc_info() and sys.exception() while handling, nested, and afterwards.
import sys
def state(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else t, repr(v), tb is not None, repr(sys.exception()))

state('start')
try:
    raise ValueError('outer')
except ValueError:
    state('in outer')
    try:
        raise KeyError('inner')
    except KeyError:
        state('in inner')
    state('back in outer')
state('after')

def f():
    state('in function')
try:
    raise TypeError('t')
except TypeError:
    f()
try:
    try:
        raise OSError(2, 'x')
    finally:
        state('in finally')
except OSError:
    state('handled')
def gen():
    state('gen start')
    yield 1
    state('gen resumed')
g = gen()
try:
    raise LookupError('l')
except LookupError:
    next(g)
next(g, None)
try:
    raise RuntimeError('r')
except RuntimeError as e:
    t, v, tb = sys.exc_info()
    print(v is e, t is RuntimeError, tb.tb_lineno, tb.tb_next)
print(sys.exception())
