import sys

def hook(exc_type, exc, tb):
    raise RuntimeError("the hook itself failed")

sys.excepthook = hook
raise KeyError("original")
