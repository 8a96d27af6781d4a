# Generator-based managers and ExitStack used from several threads at once.
import threading
from contextlib import contextmanager, ExitStack, suppress

lock = threading.Lock()
active = [0]
peak = [0]
results = []

@contextmanager
def counted():
    with lock:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
    try:
        yield
    finally:
        with lock:
            active[0] -= 1

@counted()
def task(i):
    total = 0
    for j in range(2000):
        total += j * i
    with lock:
        results.append((i, total))

def worker(i):
    with ExitStack() as stack:
        stack.enter_context(suppress(ZeroDivisionError))
        task(i)
        1 / 0

threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(active[0], peak[0] >= 1)
