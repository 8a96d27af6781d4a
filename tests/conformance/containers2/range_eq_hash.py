def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1, 2, 5) == range(1, 3, 10))
print(range(3) == [0, 1, 2], range(3) != range(4), range(0, 3, 2) == range(0, 4, 2))
t(lambda: range(3) < range(4))
print(hash(range(0)) == hash(range(5, 5)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print(hash(range(1, 2, 5)) == hash(range(1, 3, 10)))
print({range(3): 1}[range(0, 3)])
print(range(3) in [range(0, 3)], range(3).__eq__(5))
print(hash(range(0)), hash(range(1)), hash(range(1, 2, 5)), hash(range(0, 10, 2)))
