# An unexpected indent.
print("one")
    print("two")
print("three")
