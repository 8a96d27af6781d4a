# Threads create closures, generators and dicts concurrently and call shared functions.
import threading


def make_adder(k):
    def add(x):
        return x + k
    return add


def squares(n):
    for i in range(n):
        yield i * i


results = [None] * 6


def work(slot):
    total = 0
    for i in range(3000):
        f = make_adder(i)
        total += f(1)
        total += sum(squares(10))
        d = {"a": i, "b": [i, i]}
        total += len(d)
    results[slot] = total


threads = [threading.Thread(target=work, args=(s,)) for s in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(set(results)) == 1, results
print("ok", results[0])
