# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99, 100, 10**20]:
    print(n, classify(n))

def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizz(i) for i in range(1, 31)))
x = 7
if x:
    if x > 5:
        print("nested: big")
    else:
        print("nested: small")
if not x:
    print("unreachable")
elif x == 7: print("one-line elif")
if []: print("empty list truthy?")
else: print("empty list falsy")
if "0": print("non-empty string truthy")
if None is None and x in (1, 7): print("compound condition")
