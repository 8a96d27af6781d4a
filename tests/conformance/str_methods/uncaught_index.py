# An uncaught ValueError from str.index.
def look(s):
    return s.index("z")
print(look("az"))
look("abc")
