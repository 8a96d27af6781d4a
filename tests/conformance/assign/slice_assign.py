# Slice assignment and deletion.
lst = list(range(10))
lst[2:5] = ["a", "b", "c"]
print(lst)
lst[2:5] = []
print(lst)
lst[1:1] = [100, 200]
print(lst)
lst[:2] = "xy"
print(lst)
lst[-2:] = [8, 9, 10, 11]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
lst[len(lst):] = [42]
print(lst)
del lst[::3]
print(lst)
del lst[1:3]
print(lst)
lst[:] = range(5)
print(lst)
lst[::-1] = lst[:]
print(lst)
lst[10:20] = [7]
print(lst)
lst[3:1] = ["ins"]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
b = bytearray(b"hello")
b[1:3] = b"EY"
print(b)
