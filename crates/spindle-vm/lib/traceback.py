"""Extract, format and print exceptions and their tracebacks.

Spindle's own implementation of the standard `traceback` module. The formatting itself is done
by the interpreter (`_spindle_traceback`), so `print_exc()` prints exactly what an uncaught
exception prints.
"""

import sys
import _spindle_traceback as _native

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_RECURSIVE_CUTOFF = 3

# Marks an argument that was not passed (None is a meaningful value for `value` and `tb`).
_sentinel = object()


def _out(file):
    return sys.stderr if file is None else file


def _traceback_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


# --- frames and stacks ------------------------------------------------------------------------

class FrameSummary:
    """One frame of a traceback: where it was and, lazily, its source line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._lines = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None

    def _set_lines(self):
        if self._lines is None and self.lineno is not None and self.end_lineno is not None:
            parts = []
            for n in range(self.lineno, self.end_lineno + 1):
                parts.append(_native.getline(self.filename, n).rstrip())
            self._lines = "\n".join(parts) + "\n"

    @property
    def _original_lines(self):
        self._set_lines()
        return self._lines

    @property
    def line(self):
        self._set_lines()
        if self._lines is None:
            return None
        return self._lines.partition("\n")[0].strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) from frame `f` outwards."""
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _limit_list(items, limit):
    limit = _traceback_limit(limit)
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[len(items) + limit:] if -limit < len(items) else items


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        frames = _limit_list(list(frame_gen), limit)
        result = klass()
        for f, lineno in frames:
            co = f.f_code
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary, **kwargs):
        text = _native.format_frame(
            frame_summary.filename, frame_summary.lineno, frame_summary.name,
            frame_summary.line, frame_summary.end_lineno, frame_summary.colno,
            frame_summary.end_colno)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += "    {} = {}\n".format(name, value)
        return text

    def format(self, **kwargs):
        result = []
        last = None
        count = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    n = count - _RECURSIVE_CUTOFF
                    result.append("  [Previous line repeated {} more time{}]\n".format(
                        n, "s" if n > 1 else ""))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(text)
        if count > _RECURSIVE_CUTOFF:
            n = count - _RECURSIVE_CUTOFF
            result.append("  [Previous line repeated {} more time{}]\n".format(
                n, "s" if n > 1 else ""))
        return result


def extract_tb(tb, limit=None):
    """The entries of traceback `tb` as a StackSummary of FrameSummary objects."""
    result = StackSummary()
    for (filename, lineno, name, end_lineno, colno, end_colno) in _limit_list(
            _native.extract_tb(tb), limit):
        result.append(FrameSummary(filename, lineno, name, lookup_line=False,
                                   end_lineno=end_lineno, colno=colno,
                                   end_colno=end_colno))
    for fs in result:
        fs.line
    return result


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    file = _out(file)
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    """The entries of a traceback formatted, one string per frame."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def clear_frames(tb):
    """Clear the local variables of a traceback's frames (nothing to do here)."""
    while tb is not None:
        tb = tb.tb_next


# --- exceptions -------------------------------------------------------------------------------

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _type_str(exc_type):
    qualname = getattr(exc_type, '__qualname__', None) or getattr(exc_type, '__name__', '')
    module = getattr(exc_type, '__module__', None)
    if module not in ("__main__", "builtins"):
        if not isinstance(module, str):
            module = "<unknown>"
        return module + '.' + qualname
    return qualname


class TracebackException:
    """An exception captured for formatting: its type, message, stack, chain and members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self._compact = compact
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._exc_type = exc_type if exc_value is not None else None
        self.exc_type_str = _type_str(exc_type) if exc_type is not None else "None"
        self._have_exc_type = exc_type is not None
        if isinstance(exc_value, BaseException):
            self._str = _native.exc_str(exc_value, exc_traceback is not None)
        else:
            try:
                self._str = str(exc_value)
            except Exception:
                self._str = "<exception str() failed>"
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {e!r}']
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if exc_value is None or not top:
            return
        # The top-level call links the whole graph (causes, contexts, group members) with a
        # work list rather than recursion; each exception appears once along the chains.
        kw = dict(limit=limit, lookup_lines=lookup_lines,
                  capture_locals=capture_locals,
                  max_group_width=max_group_width,
                  max_group_depth=max_group_depth, _seen=_seen)
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            cause = e.__cause__
            if cause is not None and id(cause) not in _seen:
                te.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, **kw)
            if compact:
                need_context = (te.__cause__ is None and
                                not e.__suppress_context__)
            else:
                need_context = True
            context = e.__context__
            if context is not None and need_context and id(context) not in _seen:
                te.__context__ = TracebackException(
                    type(context), context, context.__traceback__, **kw)
            if isinstance(e, BaseExceptionGroup):
                te.exceptions = [
                    TracebackException(type(x), x, x.__traceback__, **kw)
                    for x in e.exceptions]
            if te.__cause__ is not None:
                queue.append((te.__cause__, cause))
            if te.__context__ is not None:
                queue.append((te.__context__, context))
            if te.exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException for an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        return self._exc_type

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0, **kwargs):
        """The `Type: message` line(s) of the exception, with its notes."""
        if not self._have_exc_type:
            yield ("None: " + self._str + "\n") if self._str else "None\n"
            return
        if not isinstance(self._exc, BaseException):
            yield self.exc_type_str + (": " + self._str if self._str else "") + "\n"
            return
        indent = 3 * _depth * ' '
        for line in _native.format_exception_only(self._exc, show_group,
                                                  self._tb is not None):
            yield indent + line

    def format(self, *, chain=True, _ctx=None, **kwargs):
        """The whole report: tracebacks, chained exceptions, groups, messages."""
        if not isinstance(self._exc, BaseException):
            yield from self.format_exception_only()
            return
        yield from _native.format_exception(
            self._exc, self._tb, _traceback_limit(self._limit), chain, self._compact,
            self.max_group_width, self.max_group_depth)

    def print(self, *, file=None, chain=True, **kwargs):
        file = _out(file)
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """The final line(s) of a report: `Type: message` and the notes."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ["NoneType: None\n"]
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The report of an exception as a list of strings (join them to print)."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print the report of an exception to `file` (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    file = _out(file)
    if value is None:
        print("NoneType: None", file=file)
        return
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)


def _current_frame():
    getframe = getattr(sys, "_getframe", None)
    if getframe is None:
        raise NotImplementedError("stack inspection (sys._getframe) is not supported")
    return getframe(2)


def extract_stack(f=None, limit=None):
    """The stack of the calling frame, oldest first."""
    if f is None:
        f = _current_frame()
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = _current_frame()
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _current_frame()
    print_list(extract_stack(f, limit=limit), file=file)
