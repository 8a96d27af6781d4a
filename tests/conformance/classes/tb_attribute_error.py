# Uncaught AttributeError from an instance attribute lookup inside a method.

class Node:
    def __init__(self, value):
        self.value = value

    def describe(self):
        return f"node {self.value} -> {self.next_node.value}"


n = Node(1)
print(n.describe.__name__)
print(n.describe())
