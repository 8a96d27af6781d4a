# A low recursion limit stops recursion early; the exact depth is not printed.
import sys

reached = [0]

def dive(n):
    reached[0] = n
    return dive(n + 1)

sys.setrecursionlimit(100)
try:
    dive(1)
except RecursionError as e:
    print(type(e).__name__, e)
print("stopped below the limit:", reached[0] < 100, "and got reasonably deep:", reached[0] > 50)
def fine(n):
    return n if n == 0 else fine(n - 1)
print("shallow recursion is fine:", fine(30))
sys.setrecursionlimit(1000)
reached[0] = 0
try:
    dive(1)
except RecursionError:
    print("limit 1000 depth in range:", 900 < reached[0] < 1000)
