# A coroutine that is never awaited triggers a RuntimeWarning when it is destroyed.

async def forgotten():
    return 1

forgotten()
print("after first")

c = forgotten()
del c
print("after del")

for i in range(3):
    forgotten()
print("after loop (warned once per line)")

# Awaited or closed coroutines do not warn.
c = forgotten()
try:
    c.send(None)
except StopIteration:
    pass
del c
c = forgotten()
c.close()
del c
print("done")
