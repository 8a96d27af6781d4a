# A block that is missing its indented body.
x = 3
if x > 1:
print("big")
