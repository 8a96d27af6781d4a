# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
else:
    print("while finished normally, i =", i)
i = 0
while i < 10:
    if i == 3:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
else:
    print("else after continue-loop", evens)
n = 0
while False:
    n += 1
else:
    print("else runs even with zero iterations", n)
countdown = 3
while countdown:
    print("countdown", countdown)
    countdown -= 1
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz(27) steps:", steps)
