# Positional-only parameters.
def power(base, exp=2, /):
    return base ** exp

print(power(3), power(2, 10))

def mixed(a, b, /, c, *, d):
    return (a, b, c, d)

print(mixed(1, 2, 3, d=4), mixed(1, 2, c=3, d=4))

def kw_named_like_pos(a, /, **kw):
    return a, kw

print(kw_named_like_pos(1, a=2))
for call in [lambda: power(base=2),
             lambda: mixed(1, b=2, c=3, d=4),
             lambda: mixed(1, 2, 3, 4),
             lambda: power(),
             lambda: power(1, 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
def both_pos_only(x, y, /):
    return x - y
try:
    both_pos_only(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
print(both_pos_only(*[5, 3]))
