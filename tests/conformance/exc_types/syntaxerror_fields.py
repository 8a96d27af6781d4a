# SyntaxError: the (msg, (filename, lineno, offset, text[, end_lineno, end_offset])) form.
def show(e):
    print(repr(e), '|', str(e))
    for f in ('msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'):
        print('  ', f, repr(getattr(e, f)))

show(SyntaxError())
show(SyntaxError('m'))
show(SyntaxError('m', ('/a/b/f.py', 3, 4, 'txt')))
show(SyntaxError('m', (None, 3, 4, 'txt')))
show(SyntaxError('m', ('f.py', None, 4, 'txt')))
show(SyntaxError('m', ('f', 1, 2, 't', 1, 3)))
show(SyntaxError('a', 'b', 'c'))
show(IndentationError('bad indent', ('x.py', 2, 1, ' x\n')))
show(TabError('tabs'))
for f in [lambda: SyntaxError('m', (1, 2, 3)), lambda: SyntaxError('m', 5),
          lambda: SyntaxError('m', (1, 2, 3, 4, 5, 6, 7))]:
    try:
        f()
    except TypeError as x:
        print(type(x).__name__, x)
e = SyntaxError('m', ('f', 1, 2, 'txt'))
e.msg = 'changed'
e.lineno = 9
print(str(e), e.args)
try:
    compile('1 +', 'snippet.py', 'exec')
except SyntaxError as x:
    print(type(x).__name__, x.msg, x.filename, x.lineno, x.offset, repr(x.text))
try:
    eval('(1, 2')
except SyntaxError as x:
    print(type(x).__name__, x.msg, x.lineno)
