# suppress() and exception groups (3.12+): matching leaves are dropped, the rest re-raised.
from contextlib import suppress

def show(eg):
    if isinstance(eg, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(eg).__name__, eg.message, ", ".join(show(e) for e in eg.exceptions))
    return repr(eg)

# everything matches
with suppress(ValueError):
    raise ExceptionGroup("all", [ValueError(1), ValueError(2)])
print("all suppressed")

with suppress(ValueError, TypeError):
    raise ExceptionGroup("mixed ok", [ValueError(1), TypeError(2)])
print("mixed suppressed")

# partial match: the rest is raised
try:
    with suppress(ValueError):
        raise ExceptionGroup("part", [ValueError(1), TypeError(2), ValueError(3)])
except ExceptionGroup as e:
    print("rest:", show(e))

# nested groups
try:
    with suppress(KeyError):
        raise ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("inner", [KeyError("b"), OSError("c")])])
except ExceptionGroup as e:
    print("nested rest:", show(e))

with suppress(KeyError):
    raise ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("inner", [KeyError("b")])])
print("nested all suppressed")

# nothing matches
try:
    with suppress(KeyError):
        raise ExceptionGroup("none", [ValueError(1)])
except ExceptionGroup as e:
    print("none matched:", show(e))

# suppressing the group type itself
with suppress(ExceptionGroup):
    raise ExceptionGroup("whole", [ValueError(1)])
print("whole group suppressed")

# BaseExceptionGroup
try:
    with suppress(KeyboardInterrupt):
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
except ExceptionGroup as e:
    print("base rest:", show(e), type(e).__name__)

with suppress(Exception):
    raise ExceptionGroup("by base class", [ValueError(1), TypeError(2)])
print("suppressed via Exception")

# subclass of ExceptionGroup: derive() is used for the rest
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)

try:
    with suppress(ValueError):
        raise MyGroup("mine", [ValueError(1), OSError(2)])
except ExceptionGroup as e:
    print("derived:", show(e))

# the re-raised rest keeps the original's notes
try:
    with suppress(ValueError):
        eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
        eg.add_note("a note")
        raise eg
except ExceptionGroup as e:
    print(show(e), getattr(e, "__notes__", None))

# except* after suppress
try:
    with suppress(TypeError):
        raise ExceptionGroup("star", [TypeError(1), ValueError(2)])
except* ValueError as e:
    print("except* got", show(e))

# __exit__ directly
s = suppress(ValueError)
eg = ExceptionGroup("direct", [ValueError(1)])
print(s.__exit__(ExceptionGroup, eg, None))
eg = ExceptionGroup("direct", [ValueError(1), KeyError(2)])
try:
    s.__exit__(ExceptionGroup, eg, None)
except ExceptionGroup as e:
    print("raised from __exit__:", show(e), e is eg)
