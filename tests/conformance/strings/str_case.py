# Case conversion methods.
words = ["hello world", "Hello World", "HELLO", "hELLO wORLD", "python3.13 is here",
         "they're bill's friends", "ß straße", "", "123abc", "a-b_c d.e", "ǅ title"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.capitalize()))
    print("   ", repr(w.title()), repr(w.swapcase()), repr(w.casefold()))
print("ÄÖÜ".lower(), "äöü".upper(), "ﬁ".upper(), "İ".lower() == "i̇")
s = "MiXeD"
print(s.upper().lower(), s.lower() == "mixed", s)
