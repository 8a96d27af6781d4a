import traceback
for se in [SyntaxError("invalid thing", ("prog.py", 2, 5, "    x = = 1\n", 2, 8)),
           SyntaxError("no location"),
           SyntaxError("only file", ("somefile.py", None, None, None)),
           SyntaxError("", ("f.py", 1, 1, "abc\n")),
           IndentationError("unexpected indent", ("f.py", 4, 3, "  y = 2\n")),
           SyntaxError("tabs\tinside", ("t.py", 1, 3, "\tab = 1\n"))]:
    traceback.print_exception(se)
    print(traceback.format_exception_only(se))
raise SyntaxError("raised by hand", ("<input>", 1, 4, "if x\n", 1, 5))
