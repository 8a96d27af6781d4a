# One thread mutates a list and a set while others iterate them: no crash, only the errors
# CPython raises (RuntimeError for a set that changes size during iteration).
import threading

lst = list(range(1000))
st = set(range(1000))
stop = []
seen = []


def mutator():
    for i in range(20_000):
        lst.append(i)
        lst.pop(0)
        st.add(i + 1000)
        st.discard(i)
    stop.append(1)


def iterate():
    while not stop:
        n = 0
        for x in lst:
            n += 1
        try:
            for x in st:
                n += 1
        except RuntimeError:
            pass
        seen.append(n)


threads = [threading.Thread(target=mutator)] + [threading.Thread(target=iterate) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(lst) == 1000 and len(st) == 1000, (len(lst), len(st))
print("ok", len(seen) > 0)
