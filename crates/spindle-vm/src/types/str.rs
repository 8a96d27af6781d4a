//! `str`: immutable Unicode text, stored as UTF-8 with its length in code points cached.
//! Indexing is O(1) for ASCII strings and O(n) otherwise. The hash is computed once and cached.

use crate::object::Payload;
use crate::value::{ObjRef, Value};
use std::sync::atomic::{AtomicI64, Ordering};

pub struct StrObj {
    s: Box<str>,
    /// Number of code points.
    chars: usize,
    hash: AtomicI64,
}

const NO_HASH: i64 = -1;

impl StrObj {
    pub fn new(s: &str) -> StrObj {
        StrObj::from_string(s.to_string())
    }

    pub fn from_string(s: String) -> StrObj {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s: s.into_boxed_str(),
            chars,
            hash: AtomicI64::new(NO_HASH),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Substring by code-point indices (clamped).
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end.max(start));
        &self.s[a..b]
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != NO_HASH {
            return h;
        }
        let h = crate::hash::hash_str(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

/// A new `str` value.
pub fn new_str(s: &str) -> Value {
    Value::Obj(ObjRef::new(Payload::Str(StrObj::new(s))))
}

pub fn from_string(s: String) -> Value {
    Value::Obj(ObjRef::new(Payload::Str(StrObj::from_string(s))))
}

/// An immortal `str` (constants, interned names).
pub fn new_immortal_str(s: &str) -> Value {
    Value::Obj(ObjRef::new_immortal(Payload::Str(StrObj::new(s))))
}

/// The `&str` of a str value.
/// The text of a str (or of an instance of a str subclass).
pub fn as_str(v: &Value) -> Option<&str> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

pub fn as_strobj(v: &Value) -> Option<&StrObj> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s),
        _ => None,
    }
}

/// `repr()` of a string: CPython's quote choice and escapes.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable()` for one character (Unicode categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs
/// other than the space are not printable).
pub fn is_printable(c: char) -> bool {
    crate::types::methods::str::is_printable(c)
}
