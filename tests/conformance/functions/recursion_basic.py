# Recursive functions.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            result.append([items[i]] + p)
    return result

print([factorial(i) for i in range(8)], factorial(40))
print([fib(i) for i in range(15)])
print(is_even(10), is_odd(7), is_even(7))
print(len(hanoi(5, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(permutations([1, 2, 3]))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
