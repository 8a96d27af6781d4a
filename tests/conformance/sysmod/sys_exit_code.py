# sys.exit(42) exits with status 42 after running finally blocks.
import sys
def main():
    try:
        print("working")
        sys.exit(42)
    finally:
        print("cleanup in finally")
main()
print("never printed")
