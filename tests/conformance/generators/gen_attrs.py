# Introspection: __name__, __qualname__, gi_code, gi_frame, gi_yieldfrom, gi_suspended, repr.

def simple(a, b=2):
    c = a + b
    yield c
    d = c * 2
    yield d

g = simple(1)
print(g.__name__, g.__qualname__)
print(g.gi_code is simple.__code__, g.gi_code.co_name)
print(repr(g).startswith("<generator object simple at 0x"))
print(type(g).__name__)
print(g.gi_running, g.gi_suspended)
f = g.gi_frame
print(type(f).__name__, f.f_lineno == simple.__code__.co_firstlineno)
print(sorted(f.f_locals.items()))
print(f.f_code is simple.__code__)
next(g)
print(g.gi_suspended)
f = g.gi_frame
print(f.f_lineno - simple.__code__.co_firstlineno)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno - simple.__code__.co_firstlineno)
print(sorted(g.gi_frame.f_locals.items()))
print(list(g))
print(g.gi_frame, g.gi_suspended, g.gi_running)

class K:
    def method(self):
        yield 1
    class Inner:
        def deep(self):
            def local():
                yield 2
            return local()

print(K().method().__qualname__)
print(K.Inner().deep().__qualname__, K.Inner().deep().__name__)
print(repr(K().method()).startswith("<generator object K.method at 0x"))

# gi_yieldfrom
def leaf():
    yield 1
    yield 2

def deleg():
    yield 0
    yield from leaf_gen
    yield 3

leaf_gen = leaf()
g = deleg()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom is leaf_gen)
next(g)
print(g.gi_yieldfrom is leaf_gen)
next(g)
print(g.gi_yieldfrom)

# Generator expressions.
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__, type(ge).__name__)
print(ge.gi_code.co_name)
def make():
    return (y for y in "ab")
print(make().__qualname__)

# Generators are not sequences; no len, no indexing.
try:
    len(simple(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    simple(1)[0]
except TypeError as e:
    print(type(e).__name__, e)

# Attributes that do not exist.
try:
    g.gi_nothing
except AttributeError as e:
    print(type(e).__name__, e)

# Membership and truthiness.
print(3 in simple(1), 4 in simple(1), bool(simple(1)))
