# SystemExit and KeyboardInterrupt are BaseExceptions, not Exceptions.
import sys
for code in [0, 3, "message", None, (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    try:
        sys.exit(4)
    except Exception:
        print("Exception should not catch SystemExit")
except SystemExit as e:
    print("BaseException path:", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("caught", type(e).__name__, repr(e))
try:
    raise SystemExit(9)
except SystemExit as e:
    print(e.code, str(e), isinstance(e, Exception), isinstance(e, BaseException))
def cleanup():
    try:
        sys.exit(1)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("exited with", e.code)
