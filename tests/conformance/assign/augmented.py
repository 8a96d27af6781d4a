# Augmented assignment operators.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 4; print(x)
x = 0b1100
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
x <<= 70; print(x)
x >>= 68; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
lst += "xy"
print(lst)
d = {"a": [1]}
d["a"] += [2]
d["b"] = d.get("b", 0)
d["b"] += 10
print(d)
nums = [1, 2, 3]
nums[1] *= 100
nums[-1] **= 2
print(nums)
f = 1.5
f += 1
f //= 1
print(f, type(f).__name__)
try:
    undefined_counter += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e, t)
