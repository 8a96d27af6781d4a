# Two expressions with no comma between them.
print("a" "b")
print(1 2)
