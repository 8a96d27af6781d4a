# __contains__, __iter__ and __next__, and the fallbacks for `in`.

class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0


e = Evens()
print(4 in e, 3 in e, 3 not in e)

# __contains__ result is converted to bool.
class Truthy:
    def __contains__(self, x):
        return [x]

print(1 in Truthy(), 1 not in Truthy())

# Without __contains__, `in` iterates with __iter__.
class Iterable:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])

print(2 in Iterable(), 5 in Iterable())

# Without __iter__, `in` uses the old __getitem__ protocol.
class OldSeq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(20 in OldSeq(), 99 in OldSeq())

# Nothing at all.
class Nothing:
    pass

try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)

# An iterator class.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)), max(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as ex:
    print(type(ex).__name__, ex.args)
for x in c:
    print("never")
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip("ab", Countdown(2))), list(enumerate(Countdown(2))), sorted(Countdown(3)))

# __iter__ returning a non-iterator.
class BadIter:
    def __iter__(self):
        return [1, 2]

try:
    iter(BadIter())
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    for _ in BadIter():
        pass
except TypeError as ex:
    print(type(ex).__name__, ex)

# An object with __next__ but no __iter__ is not iterable.
class OnlyNext:
    def __next__(self):
        return 1

try:
    iter(OnlyNext())
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    next(Nothing())
except TypeError as ex:
    print(type(ex).__name__, ex)

# A generator-based __iter__.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, 5 in t)

# StopIteration with a value from __next__.
class WithValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("the value")

def consume():
    result = yield from WithValue()
    return result

g = consume()
try:
    next(g)
except StopIteration as ex:
    print("generator returned", ex.value)

# Exceptions other than StopIteration propagate out of for loops.
class Boom:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("boom")

try:
    for _ in Boom():
        pass
except ValueError as ex:
    print(type(ex).__name__, ex)
