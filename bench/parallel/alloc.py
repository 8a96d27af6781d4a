# Free-threading: per-thread allocation churn. Every iteration creates a list,
# a dict, a tuple and a closure, uses them, and drops them. Measures the
# allocator and object lifetime management (refcounting / GC) under N
# concurrently allocating threads.
# Usage: alloc.py [N]   (N threads, default 1). Checksum = N * (1-thread checksum).
import sys
import threading

ITERS = 1_150_000     # size constant: tuned for ~1 s single-threaded on CPython 3.13


def make_adder(k):
    def add(v):
        return v + k
    return add


def work(slot, results):
    acc = 0
    keep = []
    for i in range(ITERS):
        lst = [i, i + 1, i + 2]
        d = {"a": i, "b": lst, "c": i & 7}
        t = (i, d["c"], len(lst))
        f = make_adder(t[1])
        acc = (acc + f(lst[2]) + t[2] + len(d)) % 1000000007
        if i % 64 == 0:
            keep.append(t)          # some objects survive longer
            if len(keep) > 100:
                keep = keep[50:]
    results[slot] = acc + len(keep)


def main():
    n = 1
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    results = [0] * n
    threads = []
    for i in range(n):
        threads.append(threading.Thread(target=work, args=(i, results)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("checksum:", sum(results))


main()
