# String indexing and slicing.
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[None:4], s[4:None], s[::None], s[slice(1, 9, 3)])
print(s[-1:-11:-1], s[-1:-12:-1], repr(s[0:0]))
print("hello"[1:4][::-1], "x"[0:1], "x"[1:2] == "")
word = "racecar"
print(word == word[::-1], "python"[::-1] == "nohtyp")
for i in range(0, len(s), 3):
    print(s[i:i + 3], end=",")
print()
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
