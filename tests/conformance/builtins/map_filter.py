# map() and filter().
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(lambda x: x * 2, "ab")))
print(list(map(pow, [2, 3, 4], [2, 2])), list(map(lambda a, b, c: a + b + c, [1], [2], [3, 99])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 2, range(6))))
print(list(filter(str.isdigit, "a1b2c3")), list(map(int, "123")), sum(map(int, "999")))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda x: x % 2, range(5))
print(type(f).__name__, list(f), list(f))
print(list(map(str.upper, filter(str.isalpha, "a1b2"))))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    map(abs, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(abs))
except TypeError as e:
    print(type(e).__name__, e)
