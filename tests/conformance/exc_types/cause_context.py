# __cause__, __context__, __suppress_context__: implicit chaining, `raise from`, setters.
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

e = ValueError('v')
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
def set_cause(v):
    x = ValueError(); x.__cause__ = v
def set_context(v):
    x = ValueError(); x.__context__ = v
def set_suppress(v):
    x = ValueError(); x.__suppress_context__ = v
t('cause int', lambda: set_cause(5))
t('cause class', lambda: set_cause(ValueError))
t('context int', lambda: set_context('s'))
t('suppress int', lambda: set_suppress(1))
t('suppress None', lambda: set_suppress(None))
def del_attr(name):
    x = ValueError()
    delattr(x, name)
for n in ('__cause__', '__context__', '__traceback__', '__suppress_context__'):
    t('del ' + n, lambda: del_attr(n))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during')
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError('from') from z
except KeyError as k:
    print(repr(k.__context__), repr(k.__cause__), k.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('from none') from None
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)

try:
    raise ValueError('x') from TypeError
except ValueError as v:
    print(repr(v.__cause__))
try:
    raise ValueError('x') from 5
except TypeError as x:
    print(type(x).__name__, x)

# An exception re-raised in its own handler does not become its own context.
try:
    try:
        raise ValueError('same')
    except ValueError as v:
        raise v
except ValueError as v:
    print(v.__context__)

# Context cycles are broken.
a = ValueError('a')
b = KeyError('b')
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except KeyError:
            raise a
except ValueError as x:
    print(repr(x.__context__), repr(x.__context__.__context__))
