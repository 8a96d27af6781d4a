# Searching: find, rfind, index, rindex, count, in.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.rfind("cat"))
print(s.find("o"), s.find("o", 13), s.find("o", 13, 15), s.rfind("o", 0, 20))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print(s.find(""), s.rfind(""), s.find("", 100), len(s))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abcabc".rindex("abc"))
print(s.find("dog", -3), s.find("dog", -4), s.count("o", 10, -10))
print("fox" in s, "cat" not in s, "" in s, "The" in s)
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")), s.endswith(("x", "y")))
print(s.startswith("quick", 4), s.endswith("brown", 0, 15))
for bad in ["cat", "THE"]:
    try:
        print(s.index(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(s.rindex("zzz"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s.find(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(3 in s)
except TypeError as e:
    print(type(e).__name__, e)
