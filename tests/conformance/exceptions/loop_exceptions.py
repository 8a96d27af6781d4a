# Exceptions inside loops.
values = ["1", "2", "x", "4", "", "6"]
total = 0
bad = []
for v in values:
    try:
        total += int(v)
    except ValueError as e:
        bad.append(str(e))
        continue
    finally:
        pass
print(total, bad)
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise StopIteration("manual stop")
    except StopIteration as e:
        print("stopping:", e, "at", i)
        break
results = []
for d in [2, 0, 5, 0]:
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(None)
    else:
        results.append("ok")
print(results)
def first_int(items):
    for item in items:
        try:
            return int(item)
        except (TypeError, ValueError):
            pass
    return "none"
print(first_int(["a", None, "7", "8"]), first_int([]), first_int([[1]]))
