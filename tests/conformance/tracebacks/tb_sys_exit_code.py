# sys.exit with an integer code: no traceback, exit status 3.
import sys
print("doing work")
sys.exit(3)
print("never printed")
