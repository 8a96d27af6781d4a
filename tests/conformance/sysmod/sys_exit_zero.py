# sys.exit() with no argument exits with status 0; later code does not run.
import sys
print("before exit")
try:
    pass
finally:
    print("finally before exit")
sys.exit()
print("never printed")
