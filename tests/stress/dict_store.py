# Threads store disjoint and overlapping keys into one dict while others read and delete.
import threading

N_THREADS = 8
N = 20_000
d = {}
errors = []


def writer(t):
    for i in range(N):
        d[(t, i)] = i
        d["shared"] = i
        if i % 3 == 0:
            d.pop((t, i - 3), None)


def reader():
    for _ in range(200):
        try:
            total = 0
            for k in list(d):
                total += 1
        except Exception as e:
            errors.append(type(e).__name__)


threads = [threading.Thread(target=writer, args=(t,)) for t in range(N_THREADS)]
threads += [threading.Thread(target=reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
own = [k for k in d if k != "shared"]
expected = N_THREADS * (N - len(range(0, N - 3, 3)))
assert len(own) == expected, (len(own), expected)
assert errors == [], errors
print("ok", len(d))
