# Free-threading: every thread calls the same global recursive function.
# Measures contention on shared code objects / globals lookups / function
# objects when N threads execute the same function at once.
# Usage: shared_func.py [N]   (N threads, default 1). Checksum = N * (1-thread checksum).
import sys
import threading

DEPTH = 28      # size constant: tuned for ~1 s single-threaded on CPython 3.13
ROUNDS = 24


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def work(slot, results):
    total = 0
    for r in range(ROUNDS):
        total = total + fib(DEPTH - (r % 3))
    results[slot] = total


def main():
    n = 1
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    results = [0] * n
    threads = []
    for i in range(n):
        t = threading.Thread(target=work, args=(i, results))
        threads.append(t)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("checksum:", sum(results))


main()
