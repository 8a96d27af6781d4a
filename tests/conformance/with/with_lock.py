# Locks from threading and _thread are context managers.
import threading
import _thread

lock = threading.Lock()
print("locked before:", lock.locked())
with lock:
    print("locked inside:", lock.locked())
print("locked after:", lock.locked())

try:
    with lock:
        print("inside, then raise")
        raise ValueError("x")
except ValueError:
    print("released after error:", not lock.locked())

rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
print("rlock released")

l2 = _thread.allocate_lock()
with l2 as got:
    print("as value:", got)
print(l2.locked())

counter = 0
def work():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

def early():
    for i in range(5):
        with lock:
            if i == 2:
                return i
print(early(), lock.locked())
