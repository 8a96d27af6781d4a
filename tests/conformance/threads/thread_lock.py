# A Lock protects a shared counter (acquire/release without with).
import threading

lock = threading.Lock()
counter = [0]

def add_many(times):
    for _ in range(times):
        lock.acquire()
        try:
            counter[0] += 1
        finally:
            lock.release()

threads = [threading.Thread(target=add_many, args=(2000,)) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter[0])
print("locked now:", lock.locked())
print("acquire:", lock.acquire(), "locked:", lock.locked())
lock.release()
print("non-blocking acquire:", lock.acquire(blocking=False))
print("second non-blocking acquire:", lock.acquire(blocking=False))
lock.release()
