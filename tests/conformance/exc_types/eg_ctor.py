# ExceptionGroup / BaseExceptionGroup construction rules and attributes.
def t(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

t('basic', lambda: ExceptionGroup('m', [ValueError(1)]))
t('tuple', lambda: ExceptionGroup('m', (ValueError(1), TypeError(2))))
t('one arg', lambda: ExceptionGroup('m'))
t('three args', lambda: ExceptionGroup('m', [ValueError()], 3))
t('no args', lambda: ExceptionGroup())
t('msg int', lambda: ExceptionGroup(1, [ValueError()]))
t('not seq', lambda: ExceptionGroup('m', 5))
t('set', lambda: ExceptionGroup('m', {ValueError()}))
t('empty', lambda: ExceptionGroup('m', []))
t('item not exc', lambda: ExceptionGroup('m', [1]))
t('item 1 not exc', lambda: ExceptionGroup('m', [ValueError(), 1]))
t('class item', lambda: ExceptionGroup('m', [ValueError]))
t('nest base', lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
t('BEG base', lambda: BaseExceptionGroup('m', [KeyboardInterrupt()]))
t('BEG excs', lambda: BaseExceptionGroup('m', [ValueError()]))
t('BEG mixed', lambda: BaseExceptionGroup('m', [ValueError(), SystemExit(1)]))
t('kwargs', lambda: ExceptionGroup('m', [ValueError()], x=1))
t('BEG kwargs', lambda: BaseExceptionGroup(message='m', exceptions=[ValueError()]))
t('nested', lambda: ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError(1)])]))
t('nested base in EG', lambda: ExceptionGroup('outer', [BaseExceptionGroup('inner', [KeyboardInterrupt()])]))
t('generator', lambda: ExceptionGroup('m', (e for e in [ValueError()])))

class MyBEG(BaseExceptionGroup):
    pass
class MyEG(ExceptionGroup):
    pass
t('MyBEG excs', lambda: MyBEG('m', [ValueError()]))
t('MyBEG base', lambda: MyBEG('m', [KeyboardInterrupt()]))
t('MyEG base', lambda: MyEG('m', [KeyboardInterrupt()]))
t('MyEG excs', lambda: MyEG('m', [ValueError()]))

excs = [ValueError(1), TypeError(2)]
g = ExceptionGroup('msg', excs)
print(g.message, g.exceptions, type(g.exceptions).__name__, g.args)
print(str(g), repr(g))
excs.append(KeyError(3))
print(g.exceptions, str(g))
print(str(ExceptionGroup('one', [ValueError()])))
print(g.exceptions[0] is excs[0])
for name in ('message', 'exceptions'):
    try:
        setattr(g, name, 'x')
    except AttributeError as e:
        print(name, type(e).__name__, e)
g.other = 'fine'
print(g.other)
print(isinstance(g, Exception), isinstance(BaseExceptionGroup('m', [KeyboardInterrupt()]), Exception))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__)
