a = ValueError("a")
a.add_note("note on a")
a.add_note("multi\nline note")
b = TypeError("b\nwith two lines")
g = ExceptionGroup("grouped", [a, b])
g.add_note("note on the group")
raise g
