# return at module level.
print("hello")
x = 5
return x
