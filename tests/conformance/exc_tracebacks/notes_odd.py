class NoteObj:
    def __str__(self):
        return "object note"
class BadNote:
    def __str__(self):
        raise RuntimeError("no str")
e = KeyError("k")
e.__notes__ = ["text", NoteObj(), BadNote(), 42]
try:
    raise e
except KeyError as k:
    import traceback
    traceback.print_exc()
e2 = ValueError("notes not a list")
e2.__notes__ = "a string"
try:
    raise e2
except ValueError:
    traceback.print_exc()
e3 = ValueError("tuple notes")
e3.__notes__ = ("one", "two")
raise e3
