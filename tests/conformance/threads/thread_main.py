# Main-thread facts and threads computing independent partial sums.
import threading

print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
partials = [0] * 4

def partial_sum(i, lo, hi):
    s = 0
    for v in range(lo, hi):
        s += v
    partials[i] = s

step = 250000
workers = []
for i in range(4):
    workers.append(threading.Thread(target=partial_sum, args=(i, i * step, (i + 1) * step)))
for w in workers:
    w.start()
for w in workers:
    w.join()
print(partials)
print(sum(partials), sum(range(4 * step)))
print(threading.active_count())
t = threading.Thread(target=lambda: None)
print(t.is_alive())
t.start()
t.join()
print(t.is_alive())
