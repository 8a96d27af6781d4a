# sys.exit with a string: message on stderr, exit status 1.
import sys
print("about to fail")
sys.exit("fatal: configuration invalid")
