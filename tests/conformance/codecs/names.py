# Encoding name normalization and aliases; unknown encodings.
names = ["UTF8", "utf_8", "U8", "utf", "Utf-8", "utf 8", "utf--8", " utf8 ", "UTF8-ucs2", "cp65001",
         "latin1", "Latin-1", "latin", "L1", "iso8859_1", "ISO-8859-1", "iso_8859_1:1987", "cp819",
         "8859", "ascii", "US-ASCII", "646", "us", "ANSI_X3.4-1968", "utf-16", "UTF16", "u16",
         "utf_16le", "UTF-16BE", "utf-32", "U32", "utf_32_be", "utf-8-sig", "UTF_8_SIG",
         "utf8_sig", "ascii.", "utf.8", "xyz", "", "utf-7x", "latin-2x", "unicode"]
for n in names:
    try:
        print(repr(n), "é".encode(n, "replace"), b"ab".decode(n))
    except LookupError as e:
        print(repr(n), type(e).__name__, e)
for n in ["utf8", "LATIN1", "ascii"]:
    print(str(b"caf\xc3\xa9", n, "replace"), bytes("é", n, "xmlcharrefreplace"))
