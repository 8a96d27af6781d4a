# *args parameters.
def count(*args):
    return len(args), args

print(count(), count(1), count(1, "two", [3]))

def head_and_rest(first, *rest):
    return first, rest

print(head_and_rest(1), head_and_rest(1, 2, 3), head_and_rest(*"abc"))

def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s

print(total(1, 2, 3), total(1, 2, start=100), total(), total(*range(101)))
def show(*args):
    print(type(args).__name__, args)
show()
show(*[1, 2], 3, *(4,))
def maximum(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best
print(maximum(3), maximum(3, 9, 2), maximum(*"hello"))
try:
    head_and_rest()
except TypeError as e:
    print(type(e).__name__, e)
