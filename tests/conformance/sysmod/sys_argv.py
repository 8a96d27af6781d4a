# sys.argv holds the script name as given on the command line.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], type(sys.argv).__name__)
print(sys.argv[0].endswith(".py"), sys.argv[1:])
sys.argv.append("mutable")
print(sys.argv)
