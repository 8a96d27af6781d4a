# builtins_hot: the most used builtins in a loop: len, isinstance, range, list.append,
# dict get/set, str concatenation and join, sorted.

ROUNDS = 24000


def one_round(r):
    items = []
    counts = {}
    text = ""
    for i in range(60):
        v = (i * 7919 + r) % 101
        items.append(v)
        if isinstance(v, int):
            counts[v % 13] = counts.get(v % 13, 0) + 1
        if i % 10 == 0:
            text = text + str(v)
    words = []
    for k in range(len(items)):
        if isinstance(items[k], str):
            continue
        words.append(str(items[k] % 17))
    joined = ",".join(words)
    ordered = sorted(items)
    rev = sorted(counts, key=counts.get, reverse=True)
    return len(joined) + ordered[len(ordered) // 2] + rev[0] + len(text)


def main():
    total = 0
    for r in range(ROUNDS):
        total = (total * 31 + one_round(r)) % 1000000007
    print("checksum:", total)


main()
