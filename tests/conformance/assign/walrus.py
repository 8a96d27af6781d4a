# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print(n)
vals = iter([5, 4, 0, 7])
while (v := next(vals)) != 0:
    print("got", v)
print("stopped at", v)
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
total = 0
running = [(total := total + x) for x in data]
print(running, total)
print((w := 10), w + 1)
print([w := w + 1 for _ in range(3)], w)
def f():
    if (r := 2 * 21) == 42:
        return r, "matched"
    return None
print(f())
print(any((hit := x) > 5 for x in data), hit)
print(all((miss := x) < 5 for x in data), miss)
z = (a := 1, b := 2)
print(z, a, b)
