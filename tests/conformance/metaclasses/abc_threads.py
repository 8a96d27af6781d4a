# ABC registration and isinstance checks from several threads at once.

import threading
from abc import ABC, abstractmethod, get_cache_token


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


classes = [type(f"C{i}", (), {"area": lambda self: 1}) for i in range(40)]
start_token = get_cache_token()
errors = []


def worker(chunk):
    try:
        for cls in chunk:
            Shape.register(cls)
            for other in classes:
                isinstance(other(), Shape)
                issubclass(other, Shape)
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(classes[i::4],)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("errors:", errors)
print(all(issubclass(c, Shape) for c in classes), all(isinstance(c(), Shape) for c in classes))
print(get_cache_token() - start_token)


class Unrelated:
    pass


print(issubclass(Unrelated, Shape), isinstance(Unrelated(), Shape))


# Concrete subclasses created in threads.
made = []


def make(n):
    class Square(Shape):
        def area(self):
            return n * n
    made.append(Square().area())


threads = [threading.Thread(target=make, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(made))
