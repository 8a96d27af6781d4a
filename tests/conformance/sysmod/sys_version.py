# Portable facts about sys.
import sys
print(sys.version_info[:2], sys.version_info[0], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 0), sys.version_info[:2] == (3, 13), type(sys.version_info[:2]).__name__)
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(type(sys.version).__name__, sys.version.startswith("3.13"))
print(sys.getrecursionlimit())
print(callable(sys.exit), type(sys.argv).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
