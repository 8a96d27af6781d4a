amount = "12"
print("Total: %5.2f" % 3.5)
print("Total: %5.2f" % amount)
