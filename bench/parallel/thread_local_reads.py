# Free-threading: every thread reads and updates its own threading.local attributes.
# Usage: thread_local_reads.py [N]. Checksum = N * (1-thread checksum).
import sys
import threading

ITERS = 600_000
state = threading.local()


def work(slot, results):
    state.total = 0
    state.step = 3
    for i in range(ITERS):
        state.total = (state.total + state.step * i) % 1000003
    results[slot] = state.total


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
