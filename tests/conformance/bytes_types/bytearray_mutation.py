# bytearray mutation: item and slice assignment, del, +=, *=, and the list-like methods.
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcdef"
print(ba, len(ba))
ba[2:6] = []
print(ba)
ba[::2] = b"xyz"
print(ba)
ba[5:] = [33, 34]
print(ba)
del ba[0]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
alias = ba
ba += b"++"
ba += bytearray(b"!")
ba += memoryview(b"mv")
print(ba, alias is ba, alias)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias)
b2 = bytearray(b"abc")
b2.append(100)
b2.extend(b"ef")
b2.extend([103, 104])
b2.extend(bytearray(b"i"))
b2.extend(iter([106]))
b2.insert(0, 95)
b2.insert(-1, 45)
b2.insert(100, 46)
print(b2, b2.pop(), b2.pop(0), b2.pop(-2), b2)
b2.remove(ord("c"))
print(b2)
b2.reverse()
print(b2)
c = b2.copy()
b2.clear()
print(b2, c, c is b2)
z = bytearray(b"0123456789")
z[1:9:3] = b"ABC"
print(z)
z[::-1] = z
print(z)
z[2:2] = b"__"
print(z)
z[-100:2] = b""
print(z)
errors = [
    lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").__setitem__(0, b"a"),
    lambda: bytearray(b"a").__setitem__(5, 1), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"),
    lambda: bytearray(b"a").__setitem__(slice(0, 1), 5), lambda: bytearray(b"a").__setitem__(slice(0, 1), "s"),
    lambda: bytearray(b"a").__setitem__(slice(0, 1), [256]), lambda: bytearray(b"a").__delitem__(3),
    lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(98),
    lambda: bytearray(b"a").remove(300), lambda: bytearray(b"a").append("x"), lambda: bytearray(b"a").append(-1),
    lambda: bytearray(b"a").extend("str"), lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").extend([1, "x"]),
    lambda: bytearray(b"a").insert(0, 999), lambda: bytearray(b"a")["k"], lambda: bytearray(b"a").__setitem__("k", 1),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b"abc")
try:
    x += "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    x *= "n"
except TypeError as e:
    print(type(e).__name__, e)
print(x, bytearray(b"ab") * 2, 3 * bytearray(b"z"), bytearray(b"x") * -1)
