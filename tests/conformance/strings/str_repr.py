# repr() escaping rules for strings.
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rx",
        "back\\slash", "nul\x00", "bell\x07", "del\x7f", "esc\x1b", "\x80\x9f", "é à ü", "日本語",
        "\u200b", "\u00a0", "\ud800", "emoji \U0001F600", "\xff", "", "'", '"', "\\", "\x0c\x0b"]
for v in vals:
    print(repr(v), len(v))
print(str("it's"), ascii("é日\n"), ascii("plain"))
print(["a'b", 'c"d', "e\nf"])
print(("x",), {"k": "v'"})
print(repr(repr("a")), repr(str(5)), str(repr(5)))
