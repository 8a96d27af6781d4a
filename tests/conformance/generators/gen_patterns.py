# Common generator patterns: pipelines, coroutine-style consumers, itertools-like helpers.

def read(lines):
    for line in lines:
        yield line

def strip(lines):
    for line in lines:
        yield line.strip()

def nonempty(lines):
    for line in lines:
        if line:
            yield line

def numbered(lines):
    n = 0
    for line in lines:
        n += 1
        yield f"{n}: {line}"

data = ["  alpha ", "", " beta", "   ", "gamma  "]
for row in numbered(nonempty(strip(read(data)))):
    print(row)

def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

def chain(*its):
    for it in its:
        yield from it

def cycle(seq):
    while True:
        yield from seq

def pairwise(it):
    it = iter(it)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(10, fib())))
print(list(take(7, cycle("ab"))))
print(list(chain([1, 2], "xy", take(2, fib()))))
print(list(pairwise(range(5))))
print(list(pairwise([])))

# A consumer "coroutine" primed with next().
def grep(pattern, out):
    while True:
        line = yield
        if pattern in line:
            out.append(line)

found = []
c = grep("py", found)
next(c)
for word in ["python", "ruby", "pypy", "go"]:
    c.send(word)
c.close()
print(found)

# Flattening arbitrarily nested lists recursively.
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

# Generators producing large sequences lazily.
def squares():
    i = 0
    while True:
        yield i * i
        i += 1

total = 0
for s in squares():
    if s > 10000:
        break
    total += s
print(total)

# Tree traversal.
class Node:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()

tree = Node(1, Node(2, Node(4)), Node(3, Node(5), Node(6)))
print(list(tree.walk()))
