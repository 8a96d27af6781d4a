# sys.getrecursionlimit / sys.setrecursionlimit.
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

original = sys.getrecursionlimit()
print("default limit:", original)
print(depth(500))
try:
    depth(5000)
except RecursionError as e:
    print("5000 deep failed:", e)
sys.setrecursionlimit(10000)
print("raised limit:", sys.getrecursionlimit())
print("5000 deep now:", depth(5000))
sys.setrecursionlimit(original)
print("restored:", sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)
print("final:", sys.getrecursionlimit())
