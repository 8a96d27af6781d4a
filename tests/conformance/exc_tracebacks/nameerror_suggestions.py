import traceback

def show(f):
    try:
        f()
    except NameError as e:
        print(traceback.format_exception_only(e)[-1], end="")
        traceback.print_exc()

def local_typo():
    counter_value = 1
    return counter_vlaue

global_thing = 5
def global_typo():
    return global_thng

def builtin_typo():
    return lenn([])

def forgot_import():
    return sys.argv

def forgot_import_with_suggestion():
    tim = 1
    return time.time()

def far_off():
    return completely_unrelated_name

def case_only():
    Value = 1
    return value

show(local_typo)
show(global_typo)
show(builtin_typo)
show(forgot_import)
show(forgot_import_with_suggestion)
show(far_off)
show(case_only)

class Widget:
    def __init__(self):
        self.blech = 1
    def method(self):
        return blech
Widget().method()
