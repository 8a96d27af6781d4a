# An uncaught AttributeError on None.
def find(items, target):
    for item in items:
        if item == target:
            return item
    return None

result = find(["a", "b"], "c")
print(result.upper())
