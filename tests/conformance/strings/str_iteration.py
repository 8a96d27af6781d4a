# Iterating over strings.
s = "hello"
for ch in s:
    print(ch, ord(ch), end="; ")
print()
print(list(s), tuple(s), list(reversed(s)), list(enumerate(s, 1)))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c.upper() for c in s if c != "l"], "".join(c * 2 for c in s))
vowels = sum(1 for c in "the quick brown fox" if c in "aeiou")
print("vowels:", vowels)
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print(list(zip("abc", "xyz")), dict(zip("ab", range(2))))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
words = "the cat sat on the mat".split()
print(max(words, key=len), sorted(words), sorted(words, key=lambda w: (len(w), w)))
