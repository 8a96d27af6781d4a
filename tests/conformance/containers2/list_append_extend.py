def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1]
a.append(2); print(a)
a.extend(range(3)); print(a)
a.extend("ab"); print(a)
a.extend((x for x in [9, 8])); print(a)
a.extend({1: 2}); print(a)
t(lambda: a.extend(5))
t(lambda: a.append())
t(lambda: a.append(1, 2))
b = [1, 2]
b.extend(b); print(b)
b += b; print(b)
c = [1]
c += "xy"; print(c)
c += range(2); print(c)
def bad(): c += 5
try:
    c += 5
except TypeError as e:
    print(type(e).__name__, e)
t(lambda: [1] + (2,))
t(lambda: [1] + "a")
print([1] + [2])
