//! Compile errors (`SyntaxError`, `IndentationError`) with the positions and messages CPython
//! 3.13 reports. Parser errors from `ruff_python_parser` are translated here.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::TextRange;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
}

impl ErrorKind {
    /// The Python exception type name.
    pub fn type_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
        }
    }
}

/// An exact CPython position for a compile error: 1-based line numbers and 1-based character
/// offsets as `SyntaxError.offset`/`end_offset` hold them (CPython sometimes uses 0 or -1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrPos {
    pub line: u32,
    pub offset: i64,
    pub end_line: u32,
    pub end_offset: i64,
}

/// A compile error at a source range.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub range: TextRange,
    /// When set, the position to report instead of the one derived from `range`.
    pub pos: Option<ErrPos>,
}

impl CompileError {
    pub fn new(kind: ErrorKind, msg: String, range: TextRange) -> Self {
        CompileError {
            kind,
            msg,
            range,
            pos: None,
        }
    }

    fn with_pos(mut self, pos: ErrPos) -> Self {
        self.pos = Some(pos);
        self
    }

    /// Translate a parser error into CPython's wording and position; errors the CPython
    /// tokenizer would report (brackets, strings, indentation) take precedence as they do there.
    pub fn from_parse(err: &ParseError, source: &str) -> Self {
        let parsed = Self::from_parse_only(err, source);
        let err_line = parsed
            .pos
            .map(|p| p.line)
            .unwrap_or_else(|| line_of(source, err.location.start().to_usize()));
        let at_eof = source[err.location.start().to_usize().min(source.len())..]
            .trim()
            .is_empty();
        match tokenize_check(source) {
            Some(TokError::Error(e)) => e,
            Some(TokError::Unclosed { line, col, ch }) if err_line > line || at_eof => {
                let offset = col as i64 + 1;
                CompileError::new(
                    ErrorKind::Syntax,
                    format!("'{ch}' was never closed"),
                    parsed.range,
                )
                .with_pos(ErrPos {
                    line,
                    offset,
                    end_line: line,
                    end_offset: 0,
                })
            }
            _ => parsed,
        }
    }

    fn from_parse_only(err: &ParseError, source: &str) -> Self {
        let range = err.location;
        let syn = |m: &str| CompileError::new(ErrorKind::Syntax, m.to_string(), range);
        match &err.error {
            ParseErrorType::Lexical(LexicalErrorType::IndentationError) => CompileError::new(
                ErrorKind::Indentation,
                "unindent does not match any outer indentation level".into(),
                range,
            ),
            ParseErrorType::UnexpectedIndentation => {
                // CPython points at the last character of the indentation (so no caret shows).
                let (line, indent) = indent_of_line_at(source, range.start().to_usize());
                CompileError::new(ErrorKind::Indentation, "unexpected indent".into(), range)
                    .with_pos(ErrPos {
                        line,
                        offset: indent as i64,
                        end_line: line,
                        end_offset: -1,
                    })
            }
            ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
                syn("unterminated string literal (detected at line {line})")
            }
            ParseErrorType::Lexical(LexicalErrorType::Eof) => syn("unexpected EOF while parsing"),
            ParseErrorType::InvalidAssignmentTarget => {
                let text = source
                    .get(range.start().to_usize()..range.end().to_usize())
                    .unwrap_or("");
                syn(&invalid_target_message(text, "assign to"))
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                let text = source
                    .get(range.start().to_usize()..range.end().to_usize())
                    .unwrap_or("");
                let what = describe_expression(text);
                syn(&format!(
                    "'{what}' is an illegal expression for augmented assignment"
                ))
            }
            ParseErrorType::InvalidDeleteTarget => {
                let text = source
                    .get(range.start().to_usize()..range.end().to_usize())
                    .unwrap_or("");
                syn(&invalid_target_message(text, "delete"))
            }
            ParseErrorType::NonDefaultParamAfterDefaultParam => {
                syn("parameter without a default follows parameter with a default")
            }
            ParseErrorType::PositionalAfterKeywordArgument => {
                syn("positional argument follows keyword argument")
            }
            ParseErrorType::PositionalAfterKeywordUnpacking => {
                syn("positional argument follows keyword argument unpacking")
            }
            ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after ") => {
                let what = &m["Expected an indented block after ".len()..];
                let what = match what {
                    "`if` statement" => "'if' statement",
                    "`else` clause" => "'else' statement",
                    "`elif` clause" => "'elif' statement",
                    "`for` statement" => "'for' statement",
                    "`with` statement" => "'with' statement",
                    "`class` definition" => "class definition",
                    "`while` statement" => "'while' statement",
                    "function definition" => "function definition",
                    "`case` block" => "'case' statement",
                    "`try` statement" => "'try' statement",
                    "`except` clause" => "'except' statement",
                    "`finally` clause" => "'finally' statement",
                    "`match` statement" => "'match' statement",
                    other => other,
                };
                let header = header_line_before(source, range.start().to_usize());
                CompileError::new(
                    ErrorKind::Indentation,
                    format!("expected an indented block after {what} on line {header}"),
                    range,
                )
            }
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Comma,
                found,
            } => {
                let start = range.start().to_usize();
                let begins_expr = matches!(
                    found,
                    TokenKind::Int
                        | TokenKind::Float
                        | TokenKind::Complex
                        | TokenKind::Name
                        | TokenKind::String
                        | TokenKind::FStringStart
                        | TokenKind::Lbrace
                        | TokenKind::None
                        | TokenKind::True
                        | TokenKind::False
                        | TokenKind::Lambda
                        | TokenKind::Not
                        | TokenKind::Minus
                        | TokenKind::Tilde
                        | TokenKind::Ellipsis
                );
                match (begins_expr, forgot_comma_range(source, start)) {
                    (true, Some((a, b))) => CompileError::new(
                        ErrorKind::Syntax,
                        "invalid syntax. Perhaps you forgot a comma?".into(),
                        TextRange::new((a as u32).into(), (b as u32).into()),
                    ),
                    _ => syn("invalid syntax"),
                }
            }
            ParseErrorType::ExpectedToken { expected, .. } => {
                let exp = format!("{expected}");
                if exp.contains(':') {
                    syn("expected ':'")
                } else if exp.contains("Indent") || exp.contains("indent") {
                    CompileError::new(
                        ErrorKind::Indentation,
                        "expected an indented block".into(),
                        range,
                    )
                } else {
                    syn("invalid syntax")
                }
            }
            _ => syn("invalid syntax"),
        }
    }
}

fn describe_expression(text: &str) -> &'static str {
    let t = text.trim();
    if t.starts_with(|c: char| c.is_ascii_digit()) || t.starts_with('"') || t.starts_with('\'') {
        "literal"
    } else if t.contains('(') && t.ends_with(')') {
        "function call"
    } else {
        "expression"
    }
}

fn invalid_target_message(text: &str, verb: &str) -> String {
    let t = text.trim();
    let what = if t == "None" || t == "True" || t == "False" || t == "__debug__" {
        return format!("cannot {verb} {t}");
    } else if t.starts_with(|c: char| c.is_ascii_digit())
        || t.starts_with('"')
        || t.starts_with('\'')
        || t.starts_with('-')
            && t[1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    {
        "literal"
    } else if t.ends_with(')') && !t.starts_with('(') {
        "function call"
    } else {
        "expression"
    };
    if verb == "assign to" {
        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot {verb} {what}")
    }
}

/// 1-based line number of a byte offset.
fn line_of(source: &str, pos: usize) -> u32 {
    let pos = pos.min(source.len());
    source.as_bytes()[..pos]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
        + 1
}

/// Byte offset where 1-based `line` starts.
fn line_start(source: &str, line: u32) -> usize {
    if line <= 1 {
        return 0;
    }
    let mut n = 1;
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            n += 1;
            if n == line {
                return i + 1;
            }
        }
    }
    source.len()
}

/// The line and indentation width (in characters) of the line holding byte `pos`.
fn indent_of_line_at(source: &str, pos: usize) -> (u32, usize) {
    let line = line_of(source, pos);
    let start = line_start(source, line);
    let text = &source[start..];
    let n = text
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t' || *c == '\x0c')
        .count();
    (line, n)
}

/// The line where the logical line before byte `pos` starts (a compound statement's header).
fn header_line_before(source: &str, pos: usize) -> u32 {
    let scan = scan_source(source);
    let mut best = 1;
    for &(start, line) in &scan.logical_starts {
        if start < pos {
            best = line;
        }
    }
    best
}

/// For "Perhaps you forgot a comma?": the byte range from the start of the expression before
/// `pos` (back to the enclosing bracket, a comma, `=` or `:`) to the end of the expression that
/// starts at `pos`. None when not inside brackets.
fn forgot_comma_range(source: &str, pos: usize) -> Option<(usize, usize)> {
    let b = source.as_bytes();
    // Backwards to a delimiter at depth 0.
    let mut i = pos.min(b.len());
    let mut depth = 0i32;
    let mut start = None;
    while i > 0 {
        let c = b[i - 1];
        match c {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                if depth == 0 {
                    start = Some(i);
                    break;
                }
                depth -= 1;
            }
            b',' | b':' if depth == 0 => {
                start = Some(i);
                break;
            }
            b'=' if depth == 0 => {
                let prev = if i >= 2 { b[i - 2] } else { b' ' };
                let next = b.get(i).copied().unwrap_or(b' ');
                if !b"=!<>+-*/%&|^@:".contains(&prev) && next != b'=' {
                    start = Some(i);
                    break;
                }
            }
            b'\n' if depth == 0 => {
                // Only valid inside brackets: keep going (newlines are insignificant there).
            }
            _ => {}
        }
        i -= 1;
    }
    let mut a = start?;
    while a < pos && (b[a] as char).is_ascii_whitespace() {
        a += 1;
    }
    // Forwards: one expression = operands joined by operators.
    let end = expression_end(source, pos);
    Some((a, end))
}

/// End (byte offset) of the expression starting at `pos`: operands with trailers joined by
/// binary operators, stopping where two operands would be adjacent.
fn expression_end(source: &str, pos: usize) -> usize {
    let b = source.as_bytes();
    let n = b.len();
    let mut i = pos;
    let mut end = pos;
    let mut want_operand = true;
    let skip_ws = |mut i: usize| {
        while i < n && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        i
    };
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
    loop {
        i = skip_ws(i);
        if i >= n {
            break;
        }
        let c = b[i];
        if want_operand {
            // Unary operators.
            if c == b'-' || c == b'+' || c == b'~' {
                i += 1;
                continue;
            }
            if source[i..].starts_with("not ") {
                i += 4;
                continue;
            }
            if is_word(c) {
                let st = i;
                while i < n && (is_word(b[i]) || (b[i] == b'.' && b[st].is_ascii_digit())) {
                    i += 1;
                }
                let w = &source[st..i];
                if matches!(
                    w,
                    "and" | "or" | "in" | "is" | "if" | "else" | "for" | "not"
                ) {
                    break;
                }
                if i < n && (b[i] == b'\'' || b[i] == b'"') {
                    i = skip_string(b, i);
                }
            } else if c == b'\'' || c == b'"' {
                i = skip_string(b, i);
            } else if c == b'(' || c == b'[' || c == b'{' {
                i = skip_brackets(b, i);
            } else {
                break;
            }
            // Trailers.
            loop {
                if i < n && (b[i] == b'(' || b[i] == b'[') {
                    i = skip_brackets(b, i);
                } else if i + 1 < n && b[i] == b'.' && is_word(b[i + 1]) {
                    i += 1;
                    while i < n && is_word(b[i]) {
                        i += 1;
                    }
                } else {
                    break;
                }
            }
            end = i;
            want_operand = false;
        } else {
            let rest = &source[i..];
            let ops = [
                "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+", "-", "*", "/", "%", "@", "&",
                "|", "^", "<", ">",
            ];
            let mut matched = 0;
            for op in ops {
                if rest.starts_with(op) {
                    matched = op.len();
                    break;
                }
            }
            if matched == 0 {
                for kw in ["and ", "or ", "in ", "is ", "not in "] {
                    if rest.starts_with(kw) {
                        matched = kw.len();
                        break;
                    }
                }
            }
            if matched == 0 {
                break;
            }
            i += matched;
            want_operand = true;
        }
    }
    end
}

fn skip_string(b: &[u8], mut i: usize) -> usize {
    let q = b[i];
    let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
    if triple {
        i += 3;
        while i < b.len() {
            if b[i] == b'\\' {
                i += 2;
                continue;
            }
            if b.len() >= i + 3 && b[i] == q && b[i + 1] == q && b[i + 2] == q {
                return i + 3;
            }
            i += 1;
        }
        return b.len();
    }
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' => return i,
            c if c == q => return i + 1,
            _ => i += 1,
        }
    }
    b.len().min(i)
}

fn skip_brackets(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            b'\'' | b'"' => {
                i = skip_string(b, i);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

enum TokError {
    /// An error the tokenizer raises itself (it replaces any parser error).
    Error(CompileError),
    /// Brackets still open at the end of the file: the innermost one.
    Unclosed { line: u32, col: usize, ch: char },
}

struct Scan {
    /// (byte offset, line) of the first token of each logical line.
    logical_starts: Vec<(usize, u32)>,
    error: Option<TokError>,
}

fn tokenize_check(source: &str) -> Option<TokError> {
    scan_source(source).error
}

/// A light version of CPython's tokenizer: tracks brackets, strings, comments, continuation
/// lines and indentation, and reports the errors CPython's tokenizer reports.
fn scan_source(source: &str) -> Scan {
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let n = chars.len();
    let mut scan = Scan {
        logical_starts: Vec::new(),
        error: None,
    };
    let mut line: u32 = 1;
    let mut line_start_idx = 0usize; // char index where the current physical line starts
    let mut brackets: Vec<(char, u32, usize)> = Vec::new();
    let mut indents: Vec<usize> = vec![0];
    let mut at_line_start = true;
    let mut continuation = false;
    let mut i = 0usize;
    let zero = TextRange::default();
    let line_text = |from: usize| -> String {
        let mut s = String::new();
        let mut j = from;
        while j < n && chars[j].1 != '\n' {
            s.push(chars[j].1);
            j += 1;
        }
        s
    };
    let pos = |line: u32, col: usize| ErrPos {
        line,
        offset: col as i64 + 1,
        end_line: line,
        end_offset: col as i64 + 1,
    };
    macro_rules! fail {
        ($kind:expr, $msg:expr, $pos:expr) => {{
            scan.error = Some(TokError::Error(
                CompileError::new($kind, $msg, zero).with_pos($pos),
            ));
            return scan;
        }};
    }
    while i < n {
        let (bi, c) = chars[i];
        if at_line_start {
            at_line_start = false;
            if brackets.is_empty() && !continuation {
                // Measure indentation; blank and comment-only lines don't count.
                let mut col = 0usize;
                let mut j = i;
                while j < n {
                    match chars[j].1 {
                        ' ' => col += 1,
                        '\t' => col = (col / 8 + 1) * 8,
                        '\x0c' => col = 0,
                        _ => break,
                    }
                    j += 1;
                }
                let blank = j >= n || matches!(chars[j].1, '\n' | '#' | '\r');
                if !blank {
                    let cur = *indents.last().unwrap_or(&0);
                    if col > cur {
                        indents.push(col);
                    } else if col < cur {
                        while indents.len() > 1 && *indents.last().unwrap_or(&0) > col {
                            indents.pop();
                        }
                        if *indents.last().unwrap_or(&0) != col {
                            let text = line_text(line_start_idx);
                            let off = text.chars().count() as i64 + 1;
                            fail!(
                                ErrorKind::Indentation,
                                "unindent does not match any outer indentation level".into(),
                                ErrPos {
                                    line,
                                    offset: off,
                                    end_line: line,
                                    end_offset: -1
                                }
                            );
                        }
                    }
                    scan.logical_starts.push((chars[j].0, line));
                }
                i = j;
                continue;
            }
            continuation = false;
        }
        match c {
            '\n' => {
                line += 1;
                i += 1;
                line_start_idx = i;
                at_line_start = true;
            }
            '#' => {
                while i < n && chars[i].1 != '\n' {
                    i += 1;
                }
            }
            '\\' => {
                let mut j = i + 1;
                if j < n && chars[j].1 == '\r' {
                    j += 1;
                }
                if j >= n || chars[j].1 == '\n' {
                    continuation = true;
                    i = j;
                } else {
                    let col = i - line_start_idx;
                    fail!(
                        ErrorKind::Syntax,
                        "unexpected character after line continuation character".into(),
                        ErrPos {
                            line,
                            offset: col as i64 + 2,
                            end_line: line,
                            end_offset: 0
                        }
                    );
                }
            }
            '(' | '[' | '{' => {
                brackets.push((c, line, i - line_start_idx));
                i += 1;
            }
            ')' | ']' | '}' => {
                let col = i - line_start_idx;
                match brackets.pop() {
                    None => fail!(
                        ErrorKind::Syntax,
                        format!("unmatched '{c}'"),
                        pos(line, col)
                    ),
                    Some((open, oline, _)) => {
                        let want = match open {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if want != c {
                            let msg = if oline != line {
                                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {oline}")
                            } else {
                                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
                            };
                            fail!(ErrorKind::Syntax, msg, pos(line, col));
                        }
                    }
                }
                i += 1;
            }
            '\'' | '"' => {
                // A string; a prefix (if any) was consumed as a word just before.
                let (start_line, start_col) = (line, i - line_start_idx);
                match scan_string(&chars, i, false) {
                    Ok((next, lines)) => {
                        i = next;
                        line += lines.0;
                        if lines.0 > 0 {
                            line_start_idx = lines.1;
                        }
                    }
                    Err((triple, detected)) => {
                        let what = if triple {
                            "triple-quoted string"
                        } else {
                            "string"
                        };
                        fail!(
                            ErrorKind::Syntax,
                            format!(
                                "unterminated {what} literal (detected at line {})",
                                start_line + detected
                            ),
                            pos(start_line, start_col)
                        );
                    }
                }
            }
            c if c.is_alphanumeric() || c == '_' => {
                let st = i;
                while i < n && (chars[i].1.is_alphanumeric() || chars[i].1 == '_') {
                    i += 1;
                }
                if i < n && (chars[i].1 == '\'' || chars[i].1 == '"') {
                    let w: String = chars[st..i]
                        .iter()
                        .map(|x| x.1.to_ascii_lowercase())
                        .collect();
                    if matches!(
                        w.as_str(),
                        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
                    ) {
                        let (start_line, start_col) = (line, st - line_start_idx);
                        let fstr = w.contains('f');
                        match scan_string(&chars, i, fstr) {
                            Ok((next, lines)) => {
                                i = next;
                                line += lines.0;
                                if lines.0 > 0 {
                                    line_start_idx = lines.1;
                                }
                            }
                            Err((triple, detected)) => {
                                let what = match (fstr, triple) {
                                    (true, true) => "triple-quoted f-string",
                                    (true, false) => "f-string",
                                    (false, true) => "triple-quoted string",
                                    (false, false) => "string",
                                };
                                fail!(
                                    ErrorKind::Syntax,
                                    format!(
                                        "unterminated {what} literal (detected at line {})",
                                        start_line + detected
                                    ),
                                    pos(start_line, start_col)
                                );
                            }
                        }
                    }
                }
            }
            c if !c.is_ascii() => {
                let col = i - line_start_idx;
                let msg = if c.is_control() || c == '\u{a0}' {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                };
                fail!(ErrorKind::Syntax, msg, pos(line, col));
            }
            _ => i += 1,
        }
        let _ = bi;
    }
    if let Some(&(ch, l, col)) = brackets.last() {
        scan.error = Some(TokError::Unclosed { line: l, col, ch });
    }
    scan
}

/// Scan a string literal starting at the quote `chars[i]`. Ok: (index after it, (newlines
/// crossed, char index of the last line start)). Err: (triple-quoted, lines from the start to
/// where the end of input / line was detected).
fn scan_string(
    chars: &[(usize, char)],
    mut i: usize,
    fstring: bool,
) -> Result<(usize, (u32, usize)), (bool, u32)> {
    let n = chars.len();
    let q = chars[i].1;
    let triple = i + 2 < n && chars[i + 1].1 == q && chars[i + 2].1 == q;
    i += if triple { 3 } else { 1 };
    let mut lines = 0u32;
    let mut last_start = 0usize;
    while i < n {
        let c = chars[i].1;
        if c == '\\' {
            if i + 1 < n && chars[i + 1].1 == '\n' {
                lines += 1;
                last_start = i + 2;
            }
            i += 2;
            continue;
        }
        if c == '\n' {
            if !triple {
                return Err((false, lines));
            }
            lines += 1;
            last_start = i + 1;
        }
        if fstring && c == '{' {
            if i + 1 < n && chars[i + 1].1 == '{' {
                i += 2;
                continue;
            }
            // A replacement field: skip to its matching brace (nested strings are skipped).
            let mut depth = 0i32;
            while i < n {
                let d = chars[i].1;
                match d {
                    '{' | '(' | '[' => depth += 1,
                    '}' | ')' | ']' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    '\'' | '"' if d != q || triple => {
                        if let Ok((next, _)) = scan_string(chars, i, false) {
                            i = next;
                            continue;
                        }
                    }
                    '\n' if !triple => return Err((false, lines)),
                    '\n' => {
                        lines += 1;
                        last_start = i + 1;
                    }
                    _ => {}
                }
                if d == q && !triple {
                    break;
                }
                i += 1;
            }
            if i < n && chars[i].1 == q && !triple {
                return Ok((i + 1, (lines, last_start)));
            }
            i += 1;
            continue;
        }
        if c == q {
            if !triple {
                return Ok((i + 1, (lines, last_start)));
            }
            if i + 2 < n && chars[i + 1].1 == q && chars[i + 2].1 == q {
                return Ok((i + 3, (lines, last_start)));
            }
        }
        i += 1;
    }
    // CPython's tokenizer has not started a new line when the input ends right after a newline.
    if lines > 0 && chars.last().map(|c| c.1 == '\n').unwrap_or(false) {
        lines -= 1;
    }
    Err((triple, lines))
}

// ----- traceback caret support ---------------------------------------------------------------

/// Where CPython's traceback puts the `^` part of a highlighted segment: (line, char column)
/// of the start and the end, relative to the segment (line 0 is its first line, columns on
/// line 0 count from the segment's start).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaretAnchors {
    pub left_line: usize,
    pub left_col: usize,
    pub right_line: usize,
    pub right_col: usize,
}

fn char_col(line: &str, byte: usize) -> usize {
    line.get(..byte.min(line.len()))
        .map(|s| s.chars().count())
        .unwrap_or(byte)
}

/// The anchors of a segment that is a binary operation, a subscript or a call, as CPython's
/// traceback module finds them by parsing the segment.
pub fn caret_anchors(segment: &str) -> Option<CaretAnchors> {
    use ruff_python_ast::{Expr, Stmt};
    use ruff_text_size::Ranged;
    let wrapped = format!("(\n{segment}\n)");
    let parsed = ruff_python_parser::parse_module(&wrapped).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(e) = &body[0] else { return None };
    let lines: Vec<&str> = segment.split('\n').collect();
    let line_starts: Vec<usize> = {
        let mut v = vec![0usize, 2];
        let mut acc = 2;
        for l in &lines {
            acc += l.len() + 1;
            v.push(acc);
        }
        v
    };
    // Byte offset in `wrapped` -> (segment line, char column).
    let to_pos = |off: usize| -> (usize, usize) {
        let mut wl = 0;
        for (k, &st) in line_starts.iter().enumerate() {
            if st <= off {
                wl = k;
            }
        }
        let sl = wl.saturating_sub(1);
        let line = lines.get(sl).copied().unwrap_or("");
        (sl, char_col(line, off - line_starts[wl]))
    };
    let line_chars: Vec<Vec<char>> = lines.iter().map(|l| l.chars().collect()).collect();
    let next_valid = |mut l: usize, mut c: usize| -> Option<(usize, usize)> {
        while l < line_chars.len() && c >= line_chars[l].len() {
            c = 0;
            l += 1;
        }
        if l < line_chars.len() {
            Some((l, c))
        } else {
            None
        }
    };
    let increment_until =
        |mut l: usize, mut c: usize, stop: &dyn Fn(char) -> bool| -> Option<(usize, usize)> {
            loop {
                let ch = *line_chars.get(l)?.get(c)?;
                if ch == '\\' || ch == '#' {
                    let (nl, nc) = next_valid(l + 1, 0)?;
                    l = nl;
                    c = nc;
                } else if !stop(ch) {
                    let (nl, nc) = next_valid(l, c + 1)?;
                    l = nl;
                    c = nc;
                } else {
                    return Some((l, c));
                }
            }
        };
    match &*e.value {
        Expr::BinOp(b) => {
            let (l, c) = to_pos(b.left.range().end().to_usize());
            let (l, c) = next_valid(l, c)?;
            let (l, c) = increment_until(l, c, &|ch: char| !ch.is_whitespace() && ch != ')')?;
            let mut right_col = c + 1;
            let (rl, rc) = to_pos(b.right.range().start().to_usize());
            let row = &line_chars[l];
            if right_col < row.len()
                && (rl > l || right_col < rc)
                && !row[right_col].is_whitespace()
                && row[right_col] != '\\'
                && row[right_col] != '#'
            {
                right_col += 1;
            }
            Some(CaretAnchors {
                left_line: l,
                left_col: c,
                right_line: l,
                right_col,
            })
        }
        Expr::Subscript(s) => {
            let (l, c) = to_pos(s.value.range().end().to_usize());
            let (l, c) = next_valid(l, c)?;
            let (l, c) = increment_until(l, c, &|ch: char| ch == '[')?;
            let (rl, rc) = to_pos(s.range.end().to_usize());
            Some(CaretAnchors {
                left_line: l,
                left_col: c,
                right_line: rl,
                right_col: rc,
            })
        }
        Expr::Call(call) => {
            let (l, c) = to_pos(call.func.range().end().to_usize());
            let (l, c) = next_valid(l, c)?;
            let (l, c) = increment_until(l, c, &|ch: char| ch == '(')?;
            let (rl, rc) = to_pos(call.range().end().to_usize());
            Some(CaretAnchors {
                left_line: l,
                left_col: c,
                right_line: rl,
                right_col: rc,
            })
        }
        _ => None,
    }
}

/// CPython hides the carets of `return f(...)` and `x = f(...)` when the call is exactly the
/// instruction's range and fills the lines. `lines` are the (dedented) source lines; the
/// offsets are char columns on the first and last line.
pub fn call_fills_statement(lines: &[&str], start: usize, end: usize) -> bool {
    use ruff_python_ast::{Expr, Stmt};
    use ruff_text_size::Ranged;
    let src = lines.join("\n");
    let Ok(parsed) = ruff_python_parser::parse_module(&src) else {
        return false;
    };
    let Some(stmt) = parsed.syntax().body.first() else {
        return false;
    };
    let value = match stmt {
        Stmt::Return(r) => match r.value.as_deref() {
            Some(v @ Expr::Call(c)) if matches!(&*c.func, Expr::Name(_)) => v,
            _ => return false,
        },
        Stmt::Assign(a) => match (&*a.value, a.targets.as_slice()) {
            (v @ Expr::Call(_), [Expr::Name(_)]) => v,
            _ => return false,
        },
        _ => return false,
    };
    let r = value.range();
    let (s, e) = (r.start().to_usize(), r.end().to_usize());
    let first = lines.first().copied().unwrap_or("");
    let last_start = src.len() - lines.last().map(|l| l.len()).unwrap_or(0);
    s <= first.len()
        && char_col(first, s) == start
        && e >= last_start
        && char_col(&src[last_start..], e - last_start) == end
}
