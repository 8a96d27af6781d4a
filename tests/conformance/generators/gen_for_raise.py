# A generator that raises inside a for loop, and loop control with generators.

def fails_at(n):
    for i in range(10):
        if i == n:
            raise ValueError(f"failed at {i}")
        yield i

seen = []
try:
    for x in fails_at(3):
        seen.append(x)
except ValueError as e:
    print("caught", e, seen)

# The loop's else does not run after an exception; after break neither.
def three():
    yield 1
    yield 2
    yield 3

for x in three():
    if x == 2:
        break
else:
    print("not printed")
print("broke at", x)

for x in three():
    pass
else:
    print("else after exhaustion", x)

# Exceptions from the loop body do not touch the generator.
def logged():
    try:
        yield 1
        yield 2
    finally:
        print("logged finally")

try:
    for x in logged():
        raise KeyError(x)
except KeyError as e:
    print("body raised", e)

# A generator used by builtins that consume iterators.
print(list(zip(three(), "abc")))
print(dict(enumerate(three())))
print(max(three()), min(three()), sorted(three(), reverse=True))
print(any(x > 2 for x in three()), all(x > 0 for x in three()))
print("-".join(str(x) for x in three()))
try:
    sum(fails_at(2))
except ValueError as e:
    print("sum:", e)
try:
    list(fails_at(0))
except ValueError as e:
    print("list:", e)

# Nested loops over the same generator object share it.
g = three()
pairs = []
for a in g:
    for b in g:
        pairs.append((a, b))
print(pairs)

# Unpacking a generator.
a, b, c = three()
print(a, b, c)
try:
    a, b = three()
except ValueError as e:
    print(type(e).__name__, e)
first, *rest = three()
print(first, rest)
print(*three())
