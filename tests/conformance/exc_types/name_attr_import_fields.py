# name/obj of AttributeError and NameError, name/path/msg of ImportError, and their keywords.
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

t('ae name', lambda: AttributeError('x', name='n', obj=3).name)
t('ae obj', lambda: AttributeError('x', name='n', obj=3).obj)
t('ae default', lambda: (AttributeError().name, AttributeError().obj))
t('ae args', lambda: AttributeError('x', name='n').args)
t('ae bad kw', lambda: AttributeError('x', foo=1))
t('ne name', lambda: NameError('x', name='y').name)
t('ne default', lambda: NameError('x').name)
t('ne bad kw', lambda: NameError('x', obj=1))
t('ube', lambda: UnboundLocalError('u', name='v').name)
t('ie', lambda: (ImportError('x', name='n', path='p').name, ImportError('x', name='n', path='p').path))
t('ie msg', lambda: ImportError('hello').msg)
t('ie msg2', lambda: ImportError('a', 'b').msg)
t('ie str', lambda: str(ImportError('hello', name='x')))
t('ie str2', lambda: str(ImportError(name='n')))
t('ie str3', lambda: str(ImportError('a', 'b')))
t('ie name_from', lambda: ImportError('x', name_from='y').name_from)
t('ie bad kw', lambda: ImportError('x', foo=1))
t('mnfe bad kw', lambda: ModuleNotFoundError(foo=1))
t('mnfe name', lambda: ModuleNotFoundError('m', name='n').name)

def setmsg():
    e = ImportError('hello')
    e.msg = 'bye'
    return str(e), e.args
t('ie set msg', setmsg)

class Thing:
    pass
try:
    Thing().missing
except AttributeError as e:
    print(e, '|', e.name, type(e.obj).__name__)
try:
    undefined_name_here
except NameError as e:
    print(e, '|', e.name)
def f():
    print(local_var)
    local_var = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, '|', e.name)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e, '|', e.name, e.path, e.msg)
try:
    (5).nope
except AttributeError as e:
    print(e, '|', e.name, e.obj)
try:
    Thing.nope
except AttributeError as e:
    print(e, '|', e.name, e.obj is Thing)
e = AttributeError('m')
e.name = 'set later'
print(e.name, e.__dict__)
