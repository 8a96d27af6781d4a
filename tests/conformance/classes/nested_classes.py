# Classes nested in classes and functions.

class Outer:
    factor = 10

    class Inner:
        def value(self):
            # The class scope of Outer is not visible here.
            try:
                return factor
            except NameError as e:
                return f"{type(e).__name__}: {e}"

        def outer_factor(self):
            return Outer.factor

    def make_inner(self):
        return self.Inner()


i = Outer.Inner()
print(i.value(), i.outer_factor())
print(type(Outer().make_inner()).__qualname__)
print(Outer.Inner is Outer().Inner)

# Classes created in a loop capture loop variables via defaults.
classes = []
for n in range(3):
    class K:
        num = n
        def get(self, n=n):
            return n
    classes.append(K)

print([k.num for k in classes], [k().get() for k in classes])
print(len(set(classes)))

# Closures over function locals.
def make_counter_class(start):
    count = start

    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count

    return Counter

Ctr = make_counter_class(5)
a, b = Ctr(), Ctr()
print(a.inc(), b.inc(), a.inc())

# Nested class inheriting from an outer one.
class Tree:
    class Node:
        kind = "node"

    class Leaf(Node):
        kind = "leaf"

print(Tree.Leaf.kind, Tree.Leaf.__mro__[1].__qualname__)

# Recursive structures referencing the class by name at run time.
class LinkedList:
    class _Node:
        __slots__ = ("val", "nxt")

        def __init__(self, val, nxt=None):
            self.val = val
            self.nxt = nxt

    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = LinkedList._Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.val
            node = node.nxt

print(list(LinkedList(1, 2, 3)))
