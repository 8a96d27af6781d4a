# A string literal that is never closed.
name = "world
print(name)
