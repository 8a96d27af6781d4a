# Augmented assignment to subscripts and attributes evaluates the target once.
log = []
def idx(i):
    log.append(("idx", i))
    return i
def obj(o):
    log.append("obj")
    return o

lst = [1, 2, 3]
obj(lst)[idx(1)] += 10
print(lst, log)
log.clear()

d = {"a": 1}
obj(d)[idx("a")] *= 5
print(d, log)
log.clear()

m = [[1, 2], [3, 4]]
m[idx(1)][idx(0)] -= 1
print(m, log)
log.clear()

def f(): pass
f.count = 1
f.count += 41
print(f.count)

t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

s = "ab"
s *= 3
print(s)
lst2 = lst
lst2 += [4]
print(lst is lst2, lst)
tup = (1,)
tup2 = tup
tup2 += (2,)
print(tup, tup2, tup is tup2)
x = 7
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; x &= 0b1101; x ^= 0b11; print(x)
n = 2.5
n /= 2; print(n)
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
