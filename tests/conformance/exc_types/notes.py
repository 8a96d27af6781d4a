# add_note() and __notes__.
e = ValueError('v')
print(hasattr(e, '__notes__'))
try:
    e.__notes__
except AttributeError as x:
    print(type(x).__name__, x)
e.add_note('first')
e.add_note('second\nwith newline')
print(e.__notes__, type(e.__notes__).__name__)
print(e.__dict__)
for bad in [5, b'bytes', None, ['list']]:
    try:
        e.add_note(bad)
    except TypeError as x:
        print(type(x).__name__, x)
try:
    e.add_note()
except TypeError as x:
    print(type(x).__name__, x)
try:
    e.add_note('a', 'b')
except TypeError as x:
    print(type(x).__name__, x)
e2 = KeyError('k')
e2.__notes__ = 'not a list'
try:
    e2.add_note('x')
except TypeError as x:
    print(type(x).__name__, x)
e3 = TypeError()
e3.__notes__ = ['preset']
e3.add_note('added')
print(e3.__notes__)
del e3.__notes__
print(hasattr(e3, '__notes__'))
class Note(str):
    pass
e4 = RuntimeError()
e4.add_note(Note('subclass of str'))
print(e4.__notes__, type(e4.__notes__[0]).__name__)
try:
    try:
        raise ValueError('inner')
    except ValueError as inner:
        inner.add_note('added while handling')
        raise
except ValueError as caught:
    print(caught.__notes__)
