import sys

def hook(exc_type, exc, tb):
    print("hook called:", exc_type.__name__, exc, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print("same as default:", sys.__excepthook__ is hook)
    sys.__excepthook__(exc_type, exc, tb)

sys.excepthook = hook

def fail():
    raise LookupError("from fail")

fail()
