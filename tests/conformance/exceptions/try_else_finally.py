# Ordering of try / except / else / finally.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(run(False))
print(run(True))
def uncaught():
    try:
        raise KeyError("k")
    finally:
        print("finally runs before propagation")
try:
    uncaught()
except KeyError as e:
    print("caught outside", e)
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("else exception not caught by its own try:", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
