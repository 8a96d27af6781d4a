def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, b | a, a)
c = a.copy()
c |= b; print(c)
c |= [('q', 0)]; print(c)
c |= {'r': 1}.items(); print(c)
t(lambda: a | [('q', 0)])
t(lambda: [('q', 0)] | a)
t(lambda: a | 1)
def f():
    d = {}
    d |= 1
t(f)
def g():
    d = {}
    d |= [1]
t(g)
class D(dict): pass
print(type(D(a=1) | {'b': 2}).__name__, type({'b': 2} | D(a=1)).__name__)
e = a
e |= {'new': 1}
print(e is a, a)
