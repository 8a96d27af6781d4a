# Free-threading: every thread creates and drops instances, closures, dicts and generators
# (allocation and reference counting of new objects). Usage: create_objects.py [N].
import sys
import threading

ITERS = 600_000


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_adder(k):
    def add(v):
        return v + k
    return add


def gen(n):
    for i in range(n):
        yield i


def work(slot, results):
    acc = 0
    for i in range(ITERS):
        p = Point(i, i + 1)
        f = make_adder(p.x)
        d = {"a": p.y, "b": f(1)}
        acc = (acc + d["a"] + d["b"] + sum(gen(3))) % 1000000007
    results[slot] = acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    results = [0] * n
    threads = [threading.Thread(target=work, args=(i, results)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("checksum:", sum(results))


main()
