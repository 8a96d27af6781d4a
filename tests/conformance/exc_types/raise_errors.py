# What `raise` accepts, and the errors for what it does not.
def t(label, f):
    try:
        f()
        print(label, 'no error')
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)

def r(v):
    raise v
t('int', lambda: r(5))
t('str', lambda: r('text'))
t('None', lambda: r(None))
t('class', lambda: r(ValueError))
t('instance', lambda: r(ValueError('i')))
t('non-exc class', lambda: r(int))
class NotExc:
    pass
t('non-exc instance', lambda: r(NotExc()))
t('non-exc user class', lambda: r(NotExc))
def bare():
    raise
t('bare', bare)
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError('init failed')
t('bad init', lambda: r(BadInit))
class Weird(Exception):
    def __new__(cls):
        return 42
t('weird new', lambda: r(Weird))
def bare_after():
    try:
        raise ValueError('handled')
    except ValueError:
        pass
    raise
t('bare after handler', bare_after)
def reraise_in_handler():
    try:
        raise KeyError('kk')
    except KeyError:
        raise
t('bare in handler', reraise_in_handler)
def cause_not_exc():
    raise ValueError from 'x'
t('cause str', cause_not_exc)
def cause_class():
    raise ValueError('v') from KeyError
try:
    cause_class()
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
try:
    raise GeneratorExit()
except GeneratorExit as e:
    print('GeneratorExit caught', e.args)
