def report(name, count):
    return "%s has %d items and %s" % (name, count)
print(report("box", 3))
