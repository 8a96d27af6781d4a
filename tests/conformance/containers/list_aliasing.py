# Aliasing and copying of mutable containers.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = list(a)
c.append(5)
print(a, c)
d = a.copy()
e = a[:]
print(d == a, e == a, d is a, e is a)
rows = [[0] * 3] * 3
rows[1][1] = 5
print(rows, rows[0] is rows[2])
rows = [[0] * 3 for _ in range(3)]
rows[1][1] = 5
print(rows, rows[0] is rows[2])
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["rebound"]
    return lst
x = []
mutate(x)
print(x, rebind(x), x)
outer = [[1], [2]]
shallow = outer.copy()
shallow[0].append(10)
print(outer, shallow)
dct = {"list": [1]}
alias = dct["list"]
alias.append(2)
print(dct)
