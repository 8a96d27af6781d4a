import threading

fired = []
t = threading.Timer(0.01, fired.append, args=["yes"])
t.start()
t.join()
print(fired)
t2 = threading.Timer(10, fired.append, args=["no"])
t2.start()
t2.cancel()
t2.join()
print(fired)

data = threading.local()
data.x = "main"
seen = []

def worker(n):
    print_ok = not hasattr(data, "x")
    data.x = n
    seen.append((n, data.x, print_ok))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(sorted(seen), data.x)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print(type(e).__name__, e)

class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v

m = MyLocal(5)
got = []
th = threading.Thread(target=lambda: got.append(m.v))
th.start()
th.join()
print(m.v, got)
try:
    threading.local(1)
except TypeError as e:
    print(type(e).__name__, e)
print(threading.stack_size(), threading.gettrace(), threading.getprofile())
threading.settrace(None)
