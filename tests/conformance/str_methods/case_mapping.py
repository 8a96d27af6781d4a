# Full-Unicode case mappings: upper/lower/title/capitalize/swapcase/casefold.
samples = [
    "hello world", "HELLO", "ß", "straße", "ǅungla", "ǆ", "Ǆ", "ﬁne", "ﬀ", "İstanbul",
    "ıi", "ΣΑΣ", "ΌΣΟΣ", "όσος", "Σ", "aΣ", "aΣb", "aΣ.", "a.Σ", "ΑΣ'Σ", "ŉ", "ǰ",
    "ΐ", "ᾳ", "ᾼ", "ᾀ", "ﬓ", "Ǳ", "ǲ", "ǳ", "they're bill's", "123abc", "a1b2", "ÀÉÎõü",
    "Ωmega", "ǈ", "ǉ", "Ǉ", "ԱԲ", "ⓐⓑ", "ǅǅ", "ＡＢＣ", "𐐀𐐨", "ꭰ", "ᏸ", "Ᏸ", "ẞ", "K", "Å",
    "µ", "ÿ", "Ÿ", "ſ", "ǰǰ", "\u0345", "ά", "ΆΈ", "x\u0307", "I\u0307",
]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()),
          repr(s.swapcase()), repr(s.casefold()))
print("ß".upper() == "SS", len("ﬃ".upper()))
print("ΣΣ".lower(), "ΑΣ ΣΑ".lower(), "Σ".lower(), "ΑΣ1".lower(), "ΑΣ\u0301".lower())
print("hello".upper(), "WORLD".lower(), "mIxEd CaSe".swapcase())
print("hello world-foo_bar baz9x".title())
print("a".isupper(), "A".isupper(), "Aa".istitle(), "A A".istitle(), "AA".istitle(), "ǅa".istitle())
print("ß".islower(), "ß".isupper(), "ǅ".isupper(), "ǅ".islower(), "ǅ".istitle())
print("ⓐ".islower(), "Ⓐ".isupper(), "ⓐ".upper(), "ᵃ".islower(), "ª".islower())
print("123".isupper(), "123".islower(), "A123".isupper(), "a123".islower(), "".istitle())
print("Hello World".istitle(), "Hello world".istitle(), "HeLLo".istitle(), "1A".istitle())
