# List slicing produces new lists.
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[-3:], lst[:-7], lst[::3], lst[::-1], lst[-2::-3])
print(lst[5:2], lst[100:], lst[-100:2], lst[3:3], lst[1:9:2], lst[9:1:-2])
copy = lst[:]
print(copy == lst, copy is lst)
print(lst[slice(2, 8, 2)], lst[slice(None, None, -4)], lst[slice(3)])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
print(lst[True:], lst[:False], lst[-1:-1])
try:
    print(lst[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(lst["a":])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(lst[1.5:])
except TypeError as e:
    print(type(e).__name__, e)
