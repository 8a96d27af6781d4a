# StopIteration.value and SystemExit.code.
for args in [(), (1,), (1, 2), (None,)]:
    s = StopIteration(*args)
    x = SystemExit(*args)
    print(args, s.value, s.args, x.code, x.args, repr(str(x)))
s = StopIteration(1)
s.args = (2,)
print(s.value)
s.value = 3
print(s.value, s.args)

def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, e.args)

def gen2():
    yield 1
g = gen2()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, e.args)

import sys
try:
    sys.exit(3)
except SystemExit as e:
    print('code', e.code, e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print('code', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('code', e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('code', e.code)
class MyStop(StopIteration):
    pass
print(MyStop(9).value)
print(isinstance(SystemExit(), Exception), isinstance(StopIteration(), Exception))
