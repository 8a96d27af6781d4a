# close() on a generator that ignores GeneratorExit (once).

def stubborn():
    ignored = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("ignoring GeneratorExit")

s = stubborn()
print(next(s))
try:
    s.close()
finally:
    s.close()
    print("second close worked")
s.close()
