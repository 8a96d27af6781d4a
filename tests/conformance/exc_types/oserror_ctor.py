# OSError: errno -> subclass, fields, str() forms and args truncation.
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 0, -1, 9999]:
    e = OSError(n, 'msg')
    print(n, type(e).__name__, e.errno, e.strerror, e.filename, str(e))

def show(e):
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, repr(str(e)))

show(OSError())
show(OSError('just a message'))
show(OSError(2))
show(OSError(2, 'No such file or directory'))
show(OSError(2, 'No such file or directory', 'f.txt'))
show(OSError(2, 'No such file or directory', None))
show(OSError(2, 'x', 'a', None, 'b'))
show(OSError(2, 'x', 'a', 5, 'b'))
show(OSError(2, 'x', 'a', 'w'))
show(OSError(2, 'x', 'a', None, None))
show(OSError(2, 'x', 'a', 'b', 'c', 'd'))
show(OSError('2', 'x'))
show(OSError(None, 'x'))
show(OSError(2, None))
show(OSError(True, 'x'))
show(FileNotFoundError(13, 'x'))
show(FileNotFoundError('plain'))
show(PermissionError(2, 'denied', 'p'))
show(IOError(17, 'exists'))
show(EnvironmentError(21, 'dir', b'bytes name'))
e = BlockingIOError(11, 'would block', 5)
print(type(e).__name__, e.characters_written, e.filename, e.args)
try:
    OSError().characters_written
except AttributeError as x:
    print(type(x).__name__, x)
e = OSError(2, 'x')
e.errno = 5
e.filename = 'changed'
print(str(e), e.args, type(e).__name__)
e.characters_written = 3
print(e.characters_written)
del e.characters_written
try:
    del e.characters_written
except AttributeError as x:
    print(type(x).__name__, x)
try:
    OSError(2, 'x', bad=1)
except TypeError as x:
    print(type(x).__name__, x)
try:
    FileNotFoundError(x=1)
except TypeError as x:
    print(type(x).__name__, x)
try:
    raise OSError(2, 'No such file or directory', 'gone.txt')
except FileNotFoundError as x:
    print('caught as FileNotFoundError:', x)
