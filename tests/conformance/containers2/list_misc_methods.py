def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
print(a.__len__(), a.__getitem__(0), a.__contains__(3), a.__iter__().__next__())
a.__setitem__(0, 9); a.__delitem__(1); print(a)
print(a.__add__([1]), a.__mul__(2), a.__rmul__(2), a.__iadd__([5]), a)
print(a.__imul__(1) is a, a.__eq__(a), a.__lt__(5), a.__eq__(5))
t(lambda: [1] + (1,))
print(list.__add__([1], [2]), list.__iadd__([1], (2,)))
print(a.__reversed__().__class__.__name__, list(a.__reversed__()))
print(a.__sizeof__() > 0 if hasattr(a, "__sizeof__") else True)
print(list.__getitem__([1, 2, 3], slice(1, None)))
print(list.__name__)
print(dict.__name__)
