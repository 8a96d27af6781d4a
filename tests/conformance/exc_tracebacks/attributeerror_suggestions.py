import traceback

class Config:
    def __init__(self):
        self.timeout = 5
        self.retries = 3
        self._secret = 1
    def peek(self):
        return self._secrt

def show(f):
    try:
        f()
    except AttributeError as e:
        traceback.print_exc()

show(lambda: Config().timeuot)
show(lambda: Config().retry)
show(lambda: Config().zzzzzz)
show(lambda: Config()._secrt)
show(lambda: Config().peek())
show(lambda: [].apend(1))
show(lambda: "text".uper())
show(lambda: {}.item())
show(lambda: Config.timeout)
show(lambda: None.nothing)
import sys
show(lambda: sys.exitt)
e = AttributeError("manual", name="timeot", obj=Config())
try:
    raise e
except AttributeError:
    traceback.print_exc()
print(traceback.format_exception_only(e))
(1, 2).count_
