import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import threading

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print(sorted(f.result() for f in as_completed(futs)))
    print(list(ex.map(square, range(6))))
    f = ex.submit(lambda: 1 / 0)
    print(type(f.exception()).__name__, f.done(), f.cancelled())
    try:
        f.result()
    except ZeroDivisionError as e:
        print("raised", e)
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    cb = []
    g = ex.submit(square, 7)
    g.add_done_callback(lambda fut: cb.append(fut.result()))
    g.result()
print(cb)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(type(e).__name__, e)
fut = cf.Future()
print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except cf.CancelledError:
    print("CancelledError")
f2 = cf.Future()
f2.set_result(5)
print(f2.result(), f2.done())
try:
    f2.set_result(6)
except cf.InvalidStateError:
    print("InvalidStateError")
f3 = cf.Future()
try:
    f3.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(type(e).__name__, e)
# parallel: workers really run concurrently (a barrier needs all 4 at once)
bar = threading.Barrier(4, timeout=5)
with ThreadPoolExecutor(max_workers=4) as ex:
    print(sorted(ex.map(lambda i: bar.wait() >= 0 and i, range(4))))
