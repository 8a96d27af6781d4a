# Character-class predicates on ASCII and non-ASCII text.
chars = ["a", "Z", "5", " ", "\t", "\n", "\x0b", "\x1c", "\x1f", "\x85", "\xa0", "\u1680",
         "\u2000", "\u200b", "\u2028", "\u3000", "\ufeff", "é", "ß", "中", "٣", "۳", "߂",
         "²", "³", "¹", "½", "Ⅻ", "①", "⑴", "〇", "一", "零", "\u0660", "\u0e50", "𝟎", "🄁",
         "_", "-", "\x00", "\x7f", "\xad", "\u0378", "\ue000", "😀", "\u0300", "ǅ", "ʰ",
         "ª", "\u2066", "\U000e0001", "\u00b5", "𐐀", "𑁦", "፩", "𝛼", "ⅷ", "௰", "\u3007"]
for c in chars:
    print(repr(c), c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(),
          c.isspace(), c.isprintable(), c.isidentifier(), c.isascii(), c.isupper(), c.islower())
for s in ["", "abc", "abc1", "ab c", "١٢٣", "12.5", "½¼", "x²", "  ", " \t\n", "Ⅻ3",
          "hello\n", "tab\there", "émigré"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isprintable(), s.isascii())
ids = ["abc", "_", "_x1", "1x", "", "a b", "é", "ǅ", "℘", "℮", "·", "a·", "x\u0300",
       "\u0300x", "ᢅ", "a-b", "class", "None", "𝔘𝔫𝔦", "Ⅻ", "x٣", "٣x", "a$", "ª", "ⅷx",
       "゛", "a゛", "\u2118x", "x\u00b7y", "\u1369", "a\u1369"]
for s in ids:
    print(repr(s), s.isidentifier())
