# pass and minimal bodies.
def nothing():
    pass

def doc_only():
    "Only a docstring."

def ellipsis_body():
    ...

print(nothing(), doc_only(), ellipsis_body())
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
x = 1
if x: pass
print("after passes", x, ...)
print(Ellipsis is ..., type(...).__name__, repr(...))
