# Free-threading data kernel: every thread tokenizes a shared read-only list of lines and counts
# words in its own dict. Usage: word_count.py [N]. Checksum = N * (1-thread checksum).
import sys
import threading

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
LINES = []
for i in range(2000):
    LINES.append(" ".join(WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(12)).upper())
PASSES = 150


def work(slot, results):
    counts = {}
    for _ in range(PASSES):
        for line in LINES:
            for w in line.lower().split():
                counts[w] = counts.get(w, 0) + 1
    results[slot] = sum(v * (i + 1) for i, (k, v) in enumerate(sorted(counts.items())))


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
