# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: arguments, fields, str().
def show(e):
    print(type(e).__name__, repr(e), '|', str(e))
    for f in ('encoding', 'object', 'start', 'end', 'reason'):
        print('  ', f, repr(getattr(e, f)))

show(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
show(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad'))
show(UnicodeDecodeError('ascii', b'ab\x80', 2, 3, 'ordinal not in range(128)'))
show(UnicodeDecodeError('utf-8', b'ab', 5, 9, 'r'))
show(UnicodeDecodeError('utf-8', bytearray(b'ab'), 0, 1, 'r'))
show(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'ordinal not in range(128)'))
show(UnicodeEncodeError('ascii', '\u1234x', 0, 1, 'r'))
show(UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'r'))
show(UnicodeEncodeError('ascii', 'abc', 0, 2, 'r'))
show(UnicodeTranslateError('\xe9', 0, 1, 'r'))
show(UnicodeTranslateError('abc', 0, 3, 'r'))
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'r')
e.start = 7
print(str(e))
e = UnicodeEncodeError('ascii', 'abc', 0, 1, 'r')
e.end = 10
print(str(e))
e.reason = 'new reason'
print(str(e))
print(repr(str(UnicodeError('x'))), UnicodeError('x').args)

bad = [
    lambda: UnicodeDecodeError('utf-8'),
    lambda: UnicodeDecodeError(1, b'', 0, 1, 'r'),
    lambda: UnicodeDecodeError('utf-8', 'x', 0, 1, 'r'),
    lambda: UnicodeDecodeError('utf-8', b'x', 'a', 1, 'r'),
    lambda: UnicodeDecodeError('utf-8', b'x', 0, 1, 5),
    lambda: UnicodeEncodeError('ascii', b'x', 0, 1, 'r'),
    lambda: UnicodeEncodeError('ascii', 'x', 0, 1),
    lambda: UnicodeTranslateError('x', 0, 1),
    lambda: UnicodeTranslateError(1, 0, 1, 'r'),
]
for f in bad:
    try:
        f()
        print('no error')
    except TypeError as x:
        print(type(x).__name__, x)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as x:
    print(x, x.start, x.end, x.encoding)
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as x:
    print(x, x.start, x.end, repr(x.object))
