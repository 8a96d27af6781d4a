# An uncaught TypeError from adding str and int.
def label(count):
    return "items: " + count

print(label("3"))
print(label(3))
