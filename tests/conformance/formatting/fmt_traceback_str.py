print("{:,}".format("text"))
