# Everyday list methods.
lst = [3, 1, 4]
lst.append(1); print(lst)
lst.extend([5, 9]); print(lst)
lst.extend("ab"); print(lst)
lst.insert(0, "first"); lst.insert(100, "last"); lst.insert(-1, "before-last"); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1); print(lst)
print(lst.index(4), lst.index(1), lst.count(1), lst.count("zzz"))
nums = [5, 2, 9, 1]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.reverse(); print(nums)
c = nums.copy(); c.append(0); print(nums, c)
nums.clear(); print(nums, len(nums))
print([1, 2, 3].index(3, 1), [1, 2, 1, 2].index(2, 2), [0] * 3 + [1])
x = [1, 2]
print(x.append(3), x.sort(), x.reverse(), x)
words = ["pear", "Apple", "fig"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
