import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.release(0)
except ValueError as e:
    print(type(e).__name__, e)

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)

# Semaphore limits concurrency
sem = threading.Semaphore(3)
lock = threading.Lock()
active = [0]
peak = [0]

def work():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        for _ in range(2000):
            pass
        with lock:
            active[0] -= 1

ts = [threading.Thread(target=work) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0] <= 3, active[0])

# Barrier
order = []
bar = threading.Barrier(4, action=lambda: order.append("action"))
idx = []

def party():
    i = bar.wait()
    with lock:
        idx.append(i)

ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), order, bar.parties, bar.n_waiting, bar.broken)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("broken", type(e).__name__, b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
print(b2.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print(type(e).__name__, e)
