# Threads race on one object and one class: attribute reads/writes/deletes (shape changes,
# dict mode), replacing a method on the class while others call it, __class__ assignment,
# defining subclasses and weak references. Nothing may crash or corrupt the object; counters
# updated under a lock lose nothing.
import threading
import weakref

N_THREADS = 8
ROUNDS = 20000


class Shared:
    def __init__(self):
        self.a = 0
        self.b = 0

    def method(self):
        return 1


class Other(Shared):
    def method(self):
        return 2


def replacement(self):
    return 3


obj = Shared()
lock = threading.Lock()
counter = Shared()
counter.total = 0
subclasses = []
errors = []


def worker(tid):
    try:
        for i in range(ROUNDS):
            obj.a = i
            obj.b = obj.a + 1
            setattr(obj, "t%d" % (i % 7), tid)
            if i % 13 == 0:
                try:
                    delattr(obj, "t%d" % (i % 7))
                except AttributeError:
                    pass
            assert obj.method() in (1, 2, 3)
            if i % 50 == tid:
                Shared.method = replacement if i % 100 else Shared.__dict__["method"]
            if i % 97 == 0:
                obj.__class__ = Other if obj.__class__ is Shared else Shared
            if i % 200 == 0:
                C = type("Sub%d_%d" % (tid, i), (Shared,), {"x": i})
                inst = C()
                assert inst.x == i and isinstance(inst, Shared)
                r = weakref.ref(inst)
                del inst
                subclasses.append(C)
            with lock:
                counter.total += 1
            getattr(obj, "a")
            vars(obj) if i % 111 == 0 else None
    except Exception as e:  # pragma: no cover - reported below
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors[:3]
assert counter.total == N_THREADS * ROUNDS, counter.total
assert isinstance(obj, Shared)
print("ok", counter.total, len(subclasses) > 0)
