def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(), list("abc"), list(range(3)), list({1: 2, 3: 4}), list((1, 2)))
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: list(x=1))
a = [1, 2]
a.__init__([3]); print(a)
a.__init__(); print(a)
print(list.__name__, type([]) is list, isinstance([], list))
t(lambda: list.append(1, 2))
t(lambda: list.append())
print(list.__len__([1, 2]), list.__getitem__([1, 2], 1), list.__contains__([1], 1))
print(len([1, 2, 3]), 1 in [1], 2 not in [1])
t(lambda: hash([]))
t(lambda: {[]: 1})
t(lambda: {[1]})
print(list.__hash__)
print(bool([]), bool([0]))
