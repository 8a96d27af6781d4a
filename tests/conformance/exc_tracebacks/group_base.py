def stop():
    raise BaseExceptionGroup("stopping", [KeyboardInterrupt(), ValueError("v"), SystemExit(3)])

try:
    stop()
except Exception:
    print("not reached: a BaseExceptionGroup is not an Exception")
