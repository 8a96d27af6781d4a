# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [1, 2, 3, 4, 5]
total = 0
running = [total := total + x for x in data]
print(running, total)

def in_function():
    vals = [y for x in range(6) if (y := x * x) % 2 == 0]
    return vals, y
print(in_function())

last = None
print([last := c for c in "abc"], last)

def nested():
    res = [[(z := i * j) for j in range(3)] for i in range(3)]
    return res, z
print(nested())

print(any((hit := n) > 3 for n in data), hit)

def filt(xs):
    return [t for x in xs if (t := x - 2) > 0]
print(filt(data))

if (n := len(data)) > 3:
    print("long", n)
while (chunk := data[:2]):
    data = data[2:]
    print("chunk", chunk)
print({k: (v := k * 2) for k in range(3)}, v)
