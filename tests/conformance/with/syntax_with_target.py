print("never")
with open("x") as f():
    pass
