# is* predicate methods.
samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "Hello World",
           "hello world", "_name", "2name", "name2", "½", "٣", "²", "ÿ", "class", "a b"]
print("sample isalpha isdigit isalnum isspace isupper islower istitle isidentifier isdecimal isnumeric isascii isprintable")
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
             s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric(), s.isascii(), s.isprintable()]
    print(repr(s), " ".join("T" if f else "." for f in flags))
print("A1".isupper(), "a1".islower(), "1".isupper(), "\x00".isprintable())
