# Threads append results to a shared list; output is sorted afterwards.
import threading

results = []

def work(n):
    results.append(n * n)

threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(len(results), sum(results))
print(all(not t.is_alive() for t in threads))
