# The del statement on names, items, slices and keys.
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + " " + str(e)
print(local_del())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
