# Free-threading: pure per-thread integer arithmetic on local variables only,
# no shared data. The ideal case for scaling: speedup should approach N on a
# free-threaded interpreter with N idle cores.
# Usage: int_arith.py [N]   (N threads, default 1). Checksum = N * (1-thread checksum).
import sys
import threading

ITERS = 2_400_000   # size constant: tuned for ~1 s single-threaded on CPython 3.13


def work(slot, results):
    x = 88172645               # same seed in every thread
    acc = 0
    for i in range(ITERS):
        x = (x * 69069 + 1) % 4294967296
        acc = (acc + ((x >> 7) ^ i) // 3) % 1000000007
    results[slot] = acc


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
