import traceback

def deep(n):
    if n == 0:
        return 1 / n
    return deep(n - 1)

try:
    deep(5)
except ZeroDivisionError as e:
    tb = e.__traceback__

stack = traceback.extract_tb(tb)
print(type(stack).__name__, len(stack))
for fs in stack:
    print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.end_lineno, fs.colno, fs.end_colno)
    print(list(fs), fs[0], fs[2], len(fs), repr(fs))
print(stack[0] == (stack[0].filename, 9, '<module>', 'deep(5)'), stack[0] == (stack[0].filename, 9, 'x', 'deep(5)'))
print(traceback.extract_tb(tb, limit=2))
print(traceback.extract_tb(tb, limit=-1))
print(traceback.format_tb(tb))
print(traceback.format_list(stack[:2]))
print(traceback.format_list([('file.py', 1, 'func', 'code line'), ('nofile.py', 7, 'g', None)]))
traceback.print_tb(tb, limit=3)
traceback.print_list([('other.py', 3, 'h', 'x = 1')])
for frame, lineno in traceback.walk_tb(tb):
    print(frame.f_code.co_name, lineno)
fs = traceback.FrameSummary('made.py', 12, 'made_up', line='  some code  ')
print(fs.line, fs.lineno, fs.locals, repr(fs))
print(traceback.StackSummary.from_list([fs, ('x.py', 1, 'y', 'z')]).format())
recursive = traceback.extract_tb(tb)
print(''.join(recursive.format()))
