# String literal forms and escape sequences.
print("a\tb", "a\\tb", r"a\tb", len("\n"), len(r"\n"), len("\x41"), "\x41\101\u0041\N{LATIN SMALL LETTER A}")
print('single', "double", '''triple single''', """triple double""")
print("""line one
line two""")
print("continued \
line", 'it\'s', "quote \"q\"", "\u00e9" == "é", "\U0001F600" == "😀")
print("adjacent" ' ' "literals", r"raw\\", len(r"\\"), rb"raw\bytes", br"\d")
s = "x\
y"
print(s, len(s))
print("\0" == "\x00", "\12" == "\n", "\a\b\f\v" == "\x07\x08\x0c\x0b")
print("tab:", "[\t]", "bs:", "[\\]")
