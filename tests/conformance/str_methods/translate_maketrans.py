# str.maketrans in all three forms, translate and their errors.
t = str.maketrans({"a": "1", "b": None, ord("c"): "xyz", "d": 100})
print(sorted(t.items()))
print("abcdabcd".translate(t))
t2 = str.maketrans("abc", "xyz")
print(sorted(t2.items()), "aabbcc".translate(t2))
t3 = str.maketrans("ab", "cd", "xyz")
print(sorted(t3.items()), "axbycz".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({}), "héllo".translate({233: "e"}))
print("abc".translate({97: 98, 98: 99}))
print("abc".translate([None, "x"] * 60))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError(k)
print("banana".translate(Table()))
errors = [
    lambda: str.maketrans("abc", "de"),
    lambda: str.maketrans(1),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: "a"}),
    lambda: str.maketrans("a", 1),
    lambda: str.maketrans(1, "a"),
    lambda: str.maketrans("a", "b", 3),
    lambda: str.maketrans(),
    lambda: str.maketrans("a", "b", "c", "d"),
    lambda: "abc".translate({97: 1.5}),
    lambda: "abc".translate({97: 0x110000}),
    lambda: "abc".translate({97: -1}),
    lambda: "abc".translate(),
    lambda: "abc".translate(5),
    lambda: str.maketrans("a"),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(str.maketrans({}).items()), sorted(str.maketrans("", "", "").items()))
