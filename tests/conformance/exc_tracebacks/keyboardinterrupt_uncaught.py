def work():
    raise KeyboardInterrupt("stopped by the user")

try:
    work()
except Exception:
    print("not reached: KeyboardInterrupt is not an Exception")
finally:
    print("finally runs")
