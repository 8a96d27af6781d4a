# try/except inside loops: handler state must not leak between iterations.
import sys
results = []
for x in [1, 0, "a", 2, None]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append("zero")
    except TypeError as e:
        results.append("type")
    else:
        results.append("ok")
print(results)
print(sys.exc_info())

i = 0
while i < 3:
    try:
        raise KeyError(i)
    except KeyError as e:
        i += 1
        if i == 2:
            continue
        print("handled", e)
print("after", i)

def gen_with_try():
    for k in range(3):
        try:
            yield k
            if k == 1:
                raise ValueError(k)
        except ValueError as e:
            yield "err %s" % e
print(list(gen_with_try()))

for n in range(3):
    try:
        try:
            raise ValueError(n)
        except ValueError:
            if n == 1:
                raise
    except ValueError as e:
        print("reraised", e)
try:
    e
except NameError as err:
    print("name cleared:", err)
