# An exception raised while handling another one.
def load(settings):
    try:
        return settings["timeout"]
    except KeyError:
        raise RuntimeError("timeout setting is missing")

print("loading")
load({})
