# __del__ runs when the last reference goes, once; exceptions in __del__ are reported and ignored.
class Tracked:
    log = []
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Tracked.log.append(self.name)
        print("del", self.name)

a = Tracked("a")
b = Tracked("b")
del a
print("after del a")
b = None
print("after b = None")
items = [Tracked("x"), Tracked("y")]
items.pop()
print("popped")
items.clear()
print("cleared", Tracked.log)

class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)

r = Resurrect()
del r
print("saved", len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared again (no second __del__)")

def scope():
    t = Tracked("local")
    print("leaving scope")
scope()
print("after scope")
