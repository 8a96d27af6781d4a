# Each thread writes only its own slot of a preallocated list.
import threading

N = 10
slots = [None] * N

def fill(index, base):
    total = 0
    for k in range(1000):
        total += (base + k) % 7
    slots[index] = (index, total)

threads = []
for i in range(N):
    t = threading.Thread(target=fill, args=(i, i * 13))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
for entry in slots:
    print(entry)
print(None in slots)
