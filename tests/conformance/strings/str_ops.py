# Concatenation, repetition, membership and comparison of strings.
a = "foo"
b = "bar"
print(a + b, a * 3, 2 * b, a + "" + b, "-" * 10, "ab" * 0, "ab" * -2 == "")
print(a < b, a > b, a == "foo", a != "Foo", "apple" < "apricot", "Zebra" < "apple")
print("a" < "aa", "" < " ", "10" < "9", "abc" <= "abc", "abd" >= "abc")
print("o" in a, "oo" in a, "of" in a, "" in "", a.__contains__("f"))
print(min("hello"), max("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)))
print(len(a + b), len(a * 100), len(""), len("日本"), len("\U0001F600"))
s = ""
for i in range(5):
    s += str(i)
print(s, s * 2, s[::-1] + s)
c = "x"
c *= 3
print(c, "abc" "def", ("con" "cat" "enation"))
print(ord("a"), chr(98), ord("€"), chr(0x1F600) == "\U0001F600", [ord(ch) for ch in "AZaz09"])
