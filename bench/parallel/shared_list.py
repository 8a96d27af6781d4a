# Free-threading: every thread reads the same global lists (ints and floats),
# both by iteration (`for x in DATA`) and by indexing (`DATA[i]`), and calls
# a shared global function per element. Measures contention on shared
# containers, their refcounts/iterators, and global name lookups.
# Usage: shared_list.py [N]   (N threads, default 1). Checksum = N * (1-thread checksum).
import sys
import threading

SIZE = 20_000
PASSES = 108     # size constant: tuned for ~1 s single-threaded on CPython 3.13


def build():
    ints = []
    floats = []
    for i in range(SIZE):
        ints.append((i * 7919) % 1000)
        floats.append(i * 0.001 + 0.5)
    return ints, floats


DATA, FDATA = build()


def score(x):
    return (x * 3 + 1) % 97


def fscore(x):
    return x * 0.5 + 1.0


def work(slot, results):
    acc = 0
    facc = 0.0
    n = len(DATA)
    for p in range(PASSES):
        for x in DATA:
            acc = acc + score(x)
        for i in range(n):
            acc = acc + score(DATA[i] + p)
        for x in FDATA:
            facc = facc + fscore(x)
        for i in range(n):
            facc = facc + fscore(FDATA[i])
    # Keep the per-thread result an int so the N-thread sum is exactly N times it.
    results[slot] = acc + int(facc)


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
