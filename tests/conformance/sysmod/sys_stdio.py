# sys.stdout and sys.stderr writes.
import sys
n = sys.stdout.write("written to stdout\n")
print("write returned", n)
sys.stderr.write("written to stderr\n")
print("to stderr via print", file=sys.stderr)
print("a", "b", sep="+", file=sys.stdout)
sys.stdout.write("no newline then ")
sys.stdout.write("newline\n")
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("last line", file=sys.stderr, end="!\n")
