# Which methods of the subject a pattern calls: get() for mapping keys, len() and indexing
# for sequences with *_, iteration for plain unpacking.
class Logged(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return dict.get(self, key, default)
m = Logged(a=1, b=2)
match m:
    case {"a": 1, "z": _}:
        print("wrong")
    case {"b": b, **rest}:
        print("b", b, rest, type(rest).__name__)
class L(list):
    def __len__(self):
        print("len")
        return list.__len__(self)
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
match L([1, 2, 3]):
    case [1, *_, z]:
        print("z", z)
match L([1, 2]):
    case [a, b]:
        print(a, b)
match (1, 2):
    case tuple((a, b)):
        print("tuple self", a, b)
class S(str): pass
match S("x"):
    case [c]:
        print("wrong")
    case str(v):
        print("str subclass", v)
