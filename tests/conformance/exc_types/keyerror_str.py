# KeyError's str() is the repr of its key when it has exactly one argument.
for args in [(), ('a',), (1,), ('',), (None,), ((1, 2),), ('a', 'b'), ([1],)]:
    e = KeyError(*args)
    print(args, repr(str(e)), repr(e))
try:
    {}['missing']
except KeyError as e:
    print(e, e.args, repr(e))
try:
    {}[('t', 1)]
except KeyError as e:
    print(e, e.args)
class MyKey(KeyError):
    pass
print(str(MyKey('z')), repr(MyKey('z')))
print(isinstance(MyKey(), LookupError))
try:
    d = {1: 2}
    d[3]
except LookupError as e:
    print(type(e).__name__, e)
