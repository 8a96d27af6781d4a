# A tiny round-robin scheduler driving several coroutines, with a sleep-like awaitable.

class Yield:
    def __await__(self):
        yield

class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"{name} finished -> {e.value!r}")
            except Exception as e:
                self.results[name] = e
                print(f"{name} failed -> {type(e).__name__}: {e}")
            else:
                self.ready.append((name, coro))

log = []

async def worker(name, n):
    total = 0
    for i in range(n):
        log.append(f"{name}{i}")
        total += i
        await Yield()
    return total

async def failing(name):
    await Yield()
    log.append(name)
    raise ValueError(f"{name} broke")

class Queue:
    def __init__(self):
        self.items = []
    async def get(self):
        while not self.items:
            await Yield()
        return self.items.pop(0)
    def put(self, v):
        self.items.append(v)

q = Queue()

async def producer():
    for i in range(3):
        q.put(i * 10)
        await Yield()
        await Yield()
    q.put(None)
    return "produced"

async def consumer():
    got = []
    while True:
        v = await q.get()
        if v is None:
            return got
        got.append(v)

s = Scheduler()
s.spawn("a", worker("a", 3))
s.spawn("b", worker("b", 1))
s.spawn("c", failing("c"))
s.spawn("p", producer())
s.spawn("q", consumer())
s.run()
print(log)
print(sorted((k, repr(v)) for k, v in s.results.items()))

# Cancellation by throwing into a suspended coroutine.
class Cancelled(Exception):
    pass

async def cancellable():
    try:
        while True:
            await Yield()
    except Cancelled:
        print("cleaning up after cancel")
        return "cancelled"

c = cancellable()
c.send(None)
c.send(None)
try:
    c.throw(Cancelled())
except StopIteration as e:
    print(e.value)
