# A missing colon after an if condition.
x = 10
if x > 5
    print("big")
