# __traceback__ objects: tb_lineno, tb_next, tb_frame and its f_code/f_lineno/f_globals/f_locals.
def inner(a, b):
    local_value = a * 2
    return a / b

def outer():
    return inner(10, 0)

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        f = tb.tb_frame
        entries.append((tb.tb_lineno, f.f_code.co_name, f.f_globals is globals()))
        if f.f_code.co_name != '<module>':
            print('dead frame line', f.f_lineno)
        last = tb
        tb = tb.tb_next
    for x in entries:
        print(x)
    print(sorted(last.tb_frame.f_locals.items()))
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
    print(isinstance(e.__traceback__.tb_lasti, int))

print(ValueError().__traceback__)
e = ValueError()
try:
    raise e
except ValueError:
    pass
print(e.__traceback__.tb_lineno)
saved = e.__traceback__
e.__traceback__ = None
print(e.__traceback__)
e.__traceback__ = saved
print(e.__traceback__.tb_lineno)
k = KeyError('k').with_traceback(saved)
print(k.__traceback__.tb_lineno)
try:
    e.__traceback__ = 'no'
except TypeError as x:
    print(type(x).__name__, x)

def reraise():
    try:
        outer()
    except ZeroDivisionError as z:
        raise z
try:
    reraise()
except ZeroDivisionError as z:
    tb = z.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
