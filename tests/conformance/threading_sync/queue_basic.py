import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

bq = queue.Queue(maxsize=2)
bq.put(1); bq.put(2)
print(bq.full())
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full")
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    bq.put(3, timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    lq.put(v)
    pq.put((v, str(v)))
print([lq.get() for _ in range(8)])
print([pq.get()[0] for _ in range(8)])

sq = queue.SimpleQueue()
sq.put("a"); sq.put("b")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

# Producer/consumer with task_done/join
work = queue.Queue()
done = []
lock = threading.Lock()

def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            done.append(item * 2)
        work.task_done()

cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
for i in range(30):
    work.put(i)
work.join()
for _ in cs:
    work.put(None)
for c in cs:
    c.join()
print(len(done), sum(done))
try:
    work.task_done()
except ValueError as e:
    print(type(e).__name__, e)

sd = queue.Queue()
sd.put(1)
sd.shutdown()
print(sd.get())
try:
    sd.get()
except queue.ShutDown:
    print("ShutDown on get")
try:
    sd.put(2)
except queue.ShutDown:
    print("ShutDown on put")
