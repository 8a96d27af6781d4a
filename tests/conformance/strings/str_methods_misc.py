# Assorted str methods and constructors.
print(str(), str(123), str(-1.5), str([1, "a"]), str(None), str(True), str(b"x"))
print("a,b".split(",") == ["a", "b"], "abc".encode(), "ab".__len__())
print("Hello".ljust(8, "~"), "x".join("123"), "  a b  ".strip().split(" "))
print("CamelCaseString".lower().count("c"), "banana".replace("a", "o", 1).upper())
print("%-6s|" % "ab", "tEST".capitalize(), "hello world".title().swapcase())
print("a1b2c3".isalnum(), "".join(c for c in "a1b2c3" if c.isdigit()))
lines = "first\nsecond\nthird"
for i, line in enumerate(lines.splitlines(), start=1):
    print(f"{i:>2}: {line}")
text = "the rain in spain stays mainly in the plain"
print(text.count("ain"), text.find("ain"), text.rfind("ain"), text.split("ain"))
print(text.title(), text.capitalize(), text.upper()[:8])
print("{:-^30}".format(" end "), str.upper("x"), str.join("+", ["1", "2"]))
