# Results gathered from threads are printed in a deterministic order.
import threading

words = ["delta", "alpha", "charlie", "bravo", "echo"]
lengths = [0] * len(words)
upper = [""] * len(words)

def process(i):
    lengths[i] = len(words[i])
    upper[i] = words[i].upper()

ts = [threading.Thread(target=process, args=(i,)) for i in range(len(words))]
for t in ts:
    t.start()
for t in ts:
    t.join()
for w, n, u in zip(words, lengths, upper):
    print(w, n, u)
print(sorted(zip(lengths, words)))
