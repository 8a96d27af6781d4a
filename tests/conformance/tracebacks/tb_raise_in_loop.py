# Output before the error is flushed; the error is raised from a loop.
total = 0
for i in range(5):
    print("step", i)
    total += i
    if total > 5:
        raise OverflowError(f"total {total} exceeded limit")
