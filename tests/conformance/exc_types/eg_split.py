# split() and subgroup() with a type, a tuple of types, and a predicate; nesting; metadata.
def raised(e):
    try:
        raise e
    except BaseException as x:
        return x

leaf_v = ValueError(1)
leaf_t = TypeError(2)
leaf_k = KeyError(3)
inner = ExceptionGroup('inner', [leaf_t, leaf_k])
g = raised(ExceptionGroup('outer', [leaf_v, inner]))
g.__cause__ = RuntimeError('cause')
g.__context__ = LookupError('ctx')
g.add_note('outer note')

def show(label, r):
    print(label, repr(r))

show('split ValueError', g.split(ValueError))
show('split TypeError', g.split(TypeError))
show('split tuple', g.split((ValueError, KeyError)))
show('split Exception', g.split(Exception))
show('split ExceptionGroup', g.split(ExceptionGroup))
show('split OSError', g.split(OSError))
show('split LookupError', g.split(LookupError))
show('split pred', g.split(lambda e: isinstance(e, (TypeError, ValueError))))
show('split pred groups', g.split(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner'))
show('subgroup ValueError', g.subgroup(ValueError))
show('subgroup OSError', g.subgroup(OSError))
show('subgroup Exception', g.subgroup(Exception))
print(g.subgroup(Exception) is g, g.split(Exception)[0] is g)

m, r = g.split(TypeError)
print(m.__traceback__ is not None, m.__cause__, repr(m.__context__), m.__notes__, m.__notes__ is g.__notes__)
print(m.exceptions[0].exceptions[0] is leaf_t, r.exceptions[0] is leaf_v)
print(m.__traceback__.tb_lineno == g.__traceback__.tb_lineno)

calls = []
def pred(e):
    calls.append(type(e).__name__)
    return False
g.split(pred)
print(calls)

for bad in [int, (ValueError, int), ValueError(), 'x', (ValueError, 'x'), [ValueError]]:
    try:
        g.split(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [(), None]:
    try:
        print(repr(g.subgroup(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g.split()
except TypeError as e:
    print(type(e).__name__, e)

b = BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError('v')])
m, r = b.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
m, r = b.split(KeyboardInterrupt)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
print(ExceptionGroup('m', [ValueError()]).derive([TypeError()]))
print(repr(ExceptionGroup('m', [ValueError()]).derive([KeyboardInterrupt()])))
try:
    ExceptionGroup('m', [ValueError()]).derive([])
except ValueError as e:
    print(type(e).__name__, e)
