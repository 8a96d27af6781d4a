# An uncaught NameError for a name nothing resembles.
def compute():
    return 1 + zzqqxx_undefined

print("start")
compute()
