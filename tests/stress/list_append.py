# 8 threads x 100 000 list.append on one shared list: no append may be lost.
import threading

N_THREADS = 8
N = 100_000
shared = []


def work():
    append = shared.append
    for i in range(N):
        append(i)


threads = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(shared) == N_THREADS * N, len(shared)
assert sum(shared) == N_THREADS * (N * (N - 1) // 2)
print("ok", len(shared))
