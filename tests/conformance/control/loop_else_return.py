# Returning from inside loops and loop-else interplay in functions.
def first_negative(nums):
    for n in nums:
        if n < 0:
            return n
    else:
        return "none"

def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None

def count_until(limit):
    i = 0
    while True:
        i += 1
        if i * i > limit:
            return i

print(first_negative([3, 4, -2, -8]), first_negative([1, 2]), first_negative([]))
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 6), search(grid, 10), search([], 1))
print(count_until(50), count_until(0), count_until(10**6))
def loop_with_else_return(n):
    while n > 0:
        n -= 2
        if n == 3:
            break
    else:
        return "exhausted at " + str(n)
    return "broke at " + str(n)
print(loop_with_else_return(9), loop_with_else_return(10), loop_with_else_return(0))
