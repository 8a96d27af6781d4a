import threading

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
results = []

def waiter(i):
    ev.wait()
    results.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(sorted(results), ev.is_set())
ev.clear()
print(ev.is_set(), ev.wait(timeout=0.02))

# Condition with a producer/consumer
cond = threading.Condition()
items = []

def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop(0))

outs = []
cs = [threading.Thread(target=consumer, args=(outs,)) for _ in range(3)]
for c in cs:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print(sorted(outs))

with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: True), cond.wait_for(lambda: False, 0.01))
try:
    cond.wait()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    cond.notify()
except RuntimeError as e:
    print(type(e).__name__, e)

lk = threading.Lock()
c2 = threading.Condition(lk)
with c2:
    c2.notify_all()
print("plain-lock condition ok")
