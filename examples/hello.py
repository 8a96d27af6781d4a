"""A first Spindle program: functions, data structures, formatting and parallel threads."""
import sys
import threading


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def word_counts(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,!?")
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


print(f"Hello from {sys.implementation.name} (Python {sys.version_info[0]}.{sys.version_info[1]})")
print("fib(20) =", fib(20))
print("top words:", word_counts("the cat and the hat and the bat")[:3])

results = [0] * 4


def work(i):
    results[i] = fib(18 + i)


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("computed in 4 threads:", results)
print("GIL enabled:", sys._is_gil_enabled())
