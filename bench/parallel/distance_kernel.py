# Free-threading numeric kernel: every thread computes squared distances between shared
# read-only points (float arithmetic, nested loops over shared lists of tuples).
# Usage: distance_kernel.py [N]. Checksum = N * (1-thread checksum).
import sys
import threading

POINTS = [((i * 37) % 101 / 7.0, (i * 53) % 97 / 5.0, (i * 11) % 89 / 3.0) for i in range(300)]
PASSES = 28


def work(slot, results):
    best = 0
    for _ in range(PASSES):
        for (ax, ay, az) in POINTS:
            for (bx, by, bz) in POINTS:
                dx = ax - bx
                dy = ay - by
                dz = az - bz
                d = dx * dx + dy * dy + dz * dz
                if d > 400.0:
                    best += 1
    results[slot] = best


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
