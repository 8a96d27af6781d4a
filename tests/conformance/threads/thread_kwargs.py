# Thread targets with args and kwargs, and multiple joins.
import threading

out = {}

def greet(name, punctuation="."):
    out[name] = "hello " + name + punctuation

t1 = threading.Thread(target=greet, args=("ann",))
t2 = threading.Thread(target=greet, args=("bob",), kwargs={"punctuation": "!"})
t3 = threading.Thread(target=greet, kwargs={"name": "cy", "punctuation": "?"})
for t in (t1, t2, t3):
    t.start()
for t in (t1, t2, t3):
    t.join()
t1.join()
for key in sorted(out):
    print(key, out[key])
print(t1.is_alive(), t2.is_alive(), t3.is_alive())
