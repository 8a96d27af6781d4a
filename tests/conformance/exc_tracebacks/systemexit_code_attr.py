try:
    raise SystemExit(1)
except SystemExit as e:
    print("caught", e.code, e.args)
    e.code = "exit message from the code attribute"
    raise
