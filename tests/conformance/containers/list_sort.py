# list.sort details: stability, keys, reverse.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
s = data[:]
s.sort()
print(s)
s = data[:]
s.sort(key=lambda p: p[1])
print(s)
s = data[:]
s.sort(key=lambda p: p[1], reverse=True)
print(s)
s = data[:]
s.sort(key=lambda p: p[0])
s.sort(key=lambda p: p[1])
print(s)
nums = [10, -3, 7, 0, -3, 22, 5]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: (n % 2, n))
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: w[::-1]))
mixed = [3.5, 1, True, 2, 0.5, False]
mixed.sort()
print(mixed)
print(sorted([[3, "c"], [1, "z"], [1, "a"]]), sorted([(), (0,), (0, 0)], reverse=True))
empty = []
empty.sort()
print(empty, [1].sort() is None)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
