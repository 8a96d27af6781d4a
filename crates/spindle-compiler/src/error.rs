//! Compile errors (`SyntaxError`, `IndentationError`) with the positions and messages CPython
//! 3.13 reports. Parser errors from `ruff_python_parser` are translated here.

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

/// A compile error at a source range.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub range: TextRange,
}

impl CompileError {
    pub fn new(kind: ErrorKind, msg: String, range: TextRange) -> Self {
        CompileError { kind, msg, range }
    }

    /// Translate a parser error into CPython's wording where the two differ.
    pub fn from_parse(err: &ParseError, source: &str) -> Self {
        let range = err.location;
        let syn = |m: &str| CompileError::new(ErrorKind::Syntax, m.to_string(), range);
        match &err.error {
            ParseErrorType::Lexical(LexicalErrorType::IndentationError) => CompileError::new(
                ErrorKind::Indentation,
                "unindent does not match any outer indentation level".into(),
                range,
            ),
            ParseErrorType::UnexpectedIndentation => {
                CompileError::new(ErrorKind::Indentation, "unexpected indent".into(), range)
            }
            ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
                syn("unterminated string literal (detected at line {line})")
            }
            ParseErrorType::Lexical(LexicalErrorType::Eof) => syn("unexpected EOF while parsing"),
            ParseErrorType::InvalidAssignmentTarget => {
                let text = source.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("");
                syn(&invalid_target_message(text, "assign to"))
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                let text = source.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("");
                let what = describe_expression(text);
                syn(&format!("'{what}' is an illegal expression for augmented assignment"))
            }
            ParseErrorType::InvalidDeleteTarget => {
                let text = source.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("");
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
    } else if t.contains(" + ") || t.contains(" - ") || t.contains(" * ") || t.contains(" / ") {
        "expression"
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
        || t.starts_with('-') && t[1..].trim_start().starts_with(|c: char| c.is_ascii_digit())
    {
        "literal"
    } else if t.ends_with(')') && !t.starts_with('(') {
        "function call"
    } else {
        "expression"
    };
    if verb == "assign to" && what != "function call" {
        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot {verb} {what}")
    }
}
