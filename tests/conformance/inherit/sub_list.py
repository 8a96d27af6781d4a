# Subclassing list.

class MyList(list):
    def sum(self):
        return sum(self)

    def append(self, x):
        super().append(x * 10)


m = MyList([1, 2, 3])
print(m, len(m), m.sum(), type(m).__name__)
m.append(4)
print(m, 40 in m, 4 in m)
m.extend([5])            # extend does not use the overridden append
print(m)
print(list(iter(m)), [x for x in m], m[0], m[-1], m[1:3], type(m[1:3]).__name__)
print(type(m + [1]).__name__, type(m * 2).__name__, type(m.copy()).__name__)
m += [6]
print(type(m).__name__, m)
m *= 1
print(type(m).__name__)
print(isinstance(m, list), isinstance(m, MyList), issubclass(MyList, list))
print(m == [10, 20, 30, 40, 5, 6], [10, 20, 30, 40, 5, 6] == m)
print(sorted(MyList([3, 1, 2])), type(sorted(MyList([3, 1]))).__name__)
r = MyList([3, 1, 2])
r.sort()
r.reverse()
print(r, type(r).__name__)

# Instances have a __dict__.
m.label = "numbers"
print(m.label, m.__dict__)

# __init__ overriding.
class Bounded(list):
    def __init__(self, limit, items=()):
        super().__init__(items)
        self.limit = limit

    def append(self, x):
        if len(self) >= self.limit:
            raise OverflowError(f"limit {self.limit} reached")
        super().append(x)

b = Bounded(2, [1])
b.append(2)
try:
    b.append(3)
except OverflowError as e:
    print(type(e).__name__, e)
print(b, b.limit)

# Overriding __getitem__ is honoured by indexing but not by iteration.
class Doubled(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2

    def __len__(self):
        return 100

dd = Doubled([1, 2, 3])
print(dd[0], dd[2], list(dd), len(dd), bool(Doubled()))

# Overriding __iter__ is honoured by for, list(), unpacking and in.
class Reversed(list):
    def __iter__(self):
        return reversed(list.copy(self))

rv = Reversed([1, 2, 3])
print(list(rv), [x for x in rv], tuple(rv))
a, b2, c = rv
print(a, b2, c)

# __contains__ override.
class Everything(list):
    def __contains__(self, x):
        return True

print(99 in Everything(), 99 in list(Everything()))

# repr of a subclass uses list's repr unless overridden.
class Named(list):
    def __repr__(self):
        return f"Named({super().__repr__()})"

print(Named([1]), str(Named([2])), [Named()])

# Equality and hashing.
try:
    hash(MyList())
except TypeError as e:
    print(type(e).__name__, e)

# list methods returning self-type or list.
print(type(MyList([1, 2])[:]).__name__, type(MyList("ab").copy()).__name__)
