# Free-threading: every thread reads shared global constants, a shared tuple and a shared list
# (read-only) in a loop. Usage: shared_constants.py [N]. Checksum = N * (1-thread checksum).
import sys
import threading

ITERS = 4_400_000
SCALE = 37
OFFSETS = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8)
WEIGHTS = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5]


def work(slot, results):
    acc = 0
    n = len(OFFSETS)
    for i in range(ITERS):
        k = i % n
        acc = (acc + OFFSETS[k] * SCALE + WEIGHTS[k]) % 1000000007
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
