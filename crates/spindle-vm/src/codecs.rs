//! Text codecs: `str.encode`, `bytes.decode` and `str(b, encoding)`.
//!
//! The codecs are UTF-8 (and `utf-8-sig`), UTF-16 and UTF-32 (with a byte-order mark, or fixed
//! little/big endian), Latin-1 and ASCII, looked up by any of their names after the same name
//! normalization CPython does. The error handlers are `strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace`, `surrogateescape` and `surrogatepass`; a handler
//! name is only looked up when an error actually happens (as in CPython). `namereplace` needs
//! the Unicode character names, which Spindle does not carry: it is reported as unknown.
//!
//! Spindle's `str` is Rust UTF-8 text, which cannot hold lone surrogates: decoding that would
//! produce one (`surrogateescape` on undecodable bytes, `surrogatepass` on an encoded surrogate)
//! raises the strict error instead, and encoding never meets a surrogate.

use crate::error::{PyErr, PyResult};
use crate::types::exceptions::ExcKind;
use crate::types::str::new_str;
use crate::value::Value;
use crate::{bail, py_err};

/// A text encoding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    /// UTF-16 with a byte-order mark (written little-endian; read in the order the mark says).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Ascii,
    Latin1,
}

/// The aliases of each codec, in the normalized form (lower case, runs of other characters than
/// letters, digits and dots turned into one `_`).
const ALIASES: &[(&str, Codec)] = &[
    ("utf_8", Codec::Utf8),
    ("utf8", Codec::Utf8),
    ("u8", Codec::Utf8),
    ("utf", Codec::Utf8),
    ("utf8_ucs2", Codec::Utf8),
    ("utf8_ucs4", Codec::Utf8),
    ("cp65001", Codec::Utf8),
    ("utf_8_sig", Codec::Utf8Sig),
    ("utf_16", Codec::Utf16),
    ("utf16", Codec::Utf16),
    ("u16", Codec::Utf16),
    ("utf_16_le", Codec::Utf16Le),
    ("utf_16le", Codec::Utf16Le),
    ("unicodelittleunmarked", Codec::Utf16Le),
    ("utf_16_be", Codec::Utf16Be),
    ("utf_16be", Codec::Utf16Be),
    ("unicodebigunmarked", Codec::Utf16Be),
    ("utf_32", Codec::Utf32),
    ("utf32", Codec::Utf32),
    ("u32", Codec::Utf32),
    ("utf_32_le", Codec::Utf32Le),
    ("utf_32le", Codec::Utf32Le),
    ("utf_32_be", Codec::Utf32Be),
    ("utf_32be", Codec::Utf32Be),
    ("ascii", Codec::Ascii),
    ("646", Codec::Ascii),
    ("ansi_x3.4_1968", Codec::Ascii),
    ("ansi_x3_4_1968", Codec::Ascii),
    ("ansi_x3.4_1986", Codec::Ascii),
    ("cp367", Codec::Ascii),
    ("csascii", Codec::Ascii),
    ("ibm367", Codec::Ascii),
    ("iso646_us", Codec::Ascii),
    ("iso_646.irv_1991", Codec::Ascii),
    ("iso_ir_6", Codec::Ascii),
    ("us", Codec::Ascii),
    ("us_ascii", Codec::Ascii),
    ("latin_1", Codec::Latin1),
    ("latin1", Codec::Latin1),
    ("latin", Codec::Latin1),
    ("l1", Codec::Latin1),
    ("8859", Codec::Latin1),
    ("cp819", Codec::Latin1),
    ("csisolatin1", Codec::Latin1),
    ("ibm819", Codec::Latin1),
    ("iso8859", Codec::Latin1),
    ("iso8859_1", Codec::Latin1),
    ("iso_8859_1", Codec::Latin1),
    ("iso_8859_1_1987", Codec::Latin1),
    ("iso_ir_100", Codec::Latin1),
];

/// Lower-case a codec name and collapse each run of characters other than ASCII letters, digits
/// and dots into one `_` (leading and trailing runs are dropped).
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

impl Codec {
    /// The name used in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The canonical name (`codecs.lookup(name).name`).
    pub fn canonical_name(self) -> &'static str {
        match self {
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Latin1 => "iso8859-1",
            c => c.name(),
        }
    }

    /// Look a codec up by any of its names, or CPython's LookupError.
    pub fn lookup(name: &str) -> PyResult<Codec> {
        // Fast path for the spellings programs use most.
        match name {
            "utf-8" | "utf8" | "UTF-8" => return Ok(Codec::Utf8),
            "ascii" => return Ok(Codec::Ascii),
            "latin-1" | "latin1" => return Ok(Codec::Latin1),
            _ => {}
        }
        if name.contains('\0') {
            bail!(ValueError, "embedded null character");
        }
        let norm = normalize(name);
        let found = ALIASES
            .iter()
            .find(|(n, _)| *n == norm)
            .or_else(|| {
                let dotless = norm.replace('.', "_");
                ALIASES.iter().find(|(n, _)| *n == dotless)
            })
            .map(|(_, c)| *c);
        match found {
            Some(c) => Ok(c),
            None => bail!(LookupError, "unknown encoding: {}", name),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Unicode errors.

/// A UnicodeEncodeError/UnicodeDecodeError as CPython raises it: `args` are
/// `(encoding, object, start, end, reason)` and the same values are its attributes (its `str()`
/// is CPython's message).
fn unicode_error(
    kind: ExcKind,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let (start, end) = (Value::Int(start as i64), Value::Int(end as i64));
    let err = PyErr::with_args(
        kind,
        vec![
            new_str(codec),
            object.clone(),
            start.clone(),
            end.clone(),
            new_str(reason),
        ],
    );
    if let Some(exc) = crate::types::exceptions::as_exc(&err.0) {
        exc.set_field("encoding", new_str(codec));
        exc.set_field("object", object);
        exc.set_field("start", start);
        exc.set_field("end", end);
        exc.set_field("reason", new_str(reason));
    }
    err
}

fn encode_error(codec: Codec, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    unicode_error(
        ExcKind::UnicodeEncodeError,
        codec.name(),
        new_str(s),
        start,
        end,
        reason,
    )
}

fn decode_error(name: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    unicode_error(
        ExcKind::UnicodeDecodeError,
        name,
        crate::types::methods::bytes::new_bytes(b.to_vec()),
        start,
        end,
        reason,
    )
}

fn unknown_handler(errors: &str) -> PyErr {
    py_err!(LookupError, "unknown error handler name '{}'", errors)
}

// ---------------------------------------------------------------------------------------------
// Encoding.

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a character.
fn backslash_escape(c: char, out: &mut Vec<u8>) {
    let cp = c as u32;
    let e = if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    };
    out.extend_from_slice(e.as_bytes());
}

/// Encode `s`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let utf16 = |le: bool, bom: bool| -> Vec<u8> {
        let mut out = Vec::with_capacity(s.len() * 2 + 2);
        if bom {
            out.extend_from_slice(&[0xff, 0xfe]);
        }
        for u in s.encode_utf16() {
            out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    };
    let utf32 = |le: bool, bom: bool| -> Vec<u8> {
        let mut out = Vec::with_capacity(s.len() * 4 + 4);
        if bom {
            out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
        }
        for c in s.chars() {
            let u = c as u32;
            out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    };
    match codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(s.as_bytes());
            Ok(out)
        }
        Codec::Utf16 => Ok(utf16(true, true)),
        Codec::Utf16Le => Ok(utf16(true, false)),
        Codec::Utf16Be => Ok(utf16(false, false)),
        Codec::Utf32 => Ok(utf32(true, true)),
        Codec::Utf32Le => Ok(utf32(true, false)),
        Codec::Utf32Be => Ok(utf32(false, false)),
        Codec::Ascii => encode_narrow(s, codec, 0x80, errors),
        Codec::Latin1 => encode_narrow(s, codec, 0x100, errors),
    }
}

/// Encode with a one-byte codec that maps code points below `limit` to themselves.
fn encode_narrow(s: &str, codec: Codec, limit: u32, errors: &str) -> PyResult<Vec<u8>> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (chars[j] as u32) >= limit {
            j += 1;
        }
        let bad = &chars[i..j];
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(encode_error(
                    codec,
                    s,
                    i,
                    j,
                    &format!("ordinal not in range({limit})"),
                ))
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', bad.len())),
            "xmlcharrefreplace" => {
                for c in bad {
                    out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
                }
            }
            "backslashreplace" => {
                for c in bad {
                    backslash_escape(*c, &mut out);
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = j;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Decoding.

/// Apply the error handler to an undecodable range `start..end` of `b`.
fn decode_handler(
    errors: &str,
    name: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        // `surrogateescape` and `surrogatepass` would produce lone surrogates, which a Spindle
        // str cannot hold: they fail as `strict` does.
        "strict" | "surrogateescape" | "surrogatepass" => {
            Err(decode_error(name, b, start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for x in b.get(start..end).unwrap_or_default() {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        "xmlcharrefreplace" => bail!(
            TypeError,
            "don't know how to handle UnicodeDecodeError in error callback"
        ),
        _ => Err(unknown_handler(errors)),
    }
}

/// Decode `b`.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|x| *x as char).collect()),
        Codec::Ascii => decode_ascii(b, errors),
        Codec::Utf8 => decode_utf8(b, errors),
        Codec::Utf8Sig => decode_utf8(b.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(b), errors),
        Codec::Utf16 => match b {
            [0xff, 0xfe, rest @ ..] => decode_utf16(rest, 2, true, errors),
            [0xfe, 0xff, rest @ ..] => decode_utf16(rest, 2, false, errors),
            _ => decode_utf16(b, 0, true, errors),
        },
        Codec::Utf16Le => decode_utf16(b, 0, true, errors),
        Codec::Utf16Be => decode_utf16(b, 0, false, errors),
        Codec::Utf32 => match b {
            [0xff, 0xfe, 0, 0, rest @ ..] => decode_utf32(rest, 4, true, errors),
            [0, 0, 0xfe, 0xff, rest @ ..] => decode_utf32(rest, 4, false, errors),
            _ => decode_utf32(b, 0, true, errors),
        },
        Codec::Utf32Le => decode_utf32(b, 0, true, errors),
        Codec::Utf32Be => decode_utf32(b, 0, false, errors),
    }
}

fn decode_ascii(b: &[u8], errors: &str) -> PyResult<String> {
    if b.is_ascii() {
        return Ok(b.iter().map(|x| *x as char).collect());
    }
    let mut out = String::with_capacity(b.len());
    for (i, x) in b.iter().enumerate() {
        if x.is_ascii() {
            out.push(*x as char);
        } else {
            decode_handler(
                errors,
                "ascii",
                b,
                i,
                i + 1,
                "ordinal not in range(128)",
                &mut out,
            )?;
        }
    }
    Ok(out)
}

fn decode_utf8(b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    loop {
        let rest = b.get(pos..).unwrap_or_default();
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(rest.get(..good).unwrap_or_default()) {
                    out.push_str(s);
                }
                let at = pos + good;
                let first = b.get(at).copied().unwrap_or(0);
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(_) if (0x80..=0xc1).contains(&first) || first >= 0xf5 => {
                        (at + 1, "invalid start byte")
                    }
                    Some(n) => (at + n, "invalid continuation byte"),
                };
                decode_handler(errors, "utf-8", b, at, end, reason, &mut out)?;
                pos = end;
            }
        }
    }
}

/// Decode UTF-16 code units; `offset` is the length of a byte-order mark already skipped (error
/// positions count from the start of the whole input).
fn decode_utf16(b: &[u8], offset: usize, le: bool, errors: &str) -> PyResult<String> {
    let name = if le { "utf-16-le" } else { "utf-16-be" };
    let whole_start = offset;
    let unit = |i: usize| -> Option<u16> {
        let pair = [*b.get(i)?, *b.get(i + 1)?];
        Some(if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        })
    };
    // Error positions are reported against the complete input (with its mark).
    let full: Vec<u8>;
    let whole: &[u8] = if offset == 0 {
        b
    } else {
        full = {
            let mut v = if le {
                vec![0xff, 0xfe]
            } else {
                vec![0xfe, 0xff]
            };
            v.extend_from_slice(b);
            v
        };
        &full
    };
    let mut out = String::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        let Some(u) = unit(i) else {
            decode_handler(
                errors,
                name,
                whole,
                whole_start + i,
                whole_start + b.len(),
                "truncated data",
                &mut out,
            )?;
            break;
        };
        match u {
            0xd800..=0xdbff => match unit(i + 2) {
                Some(lo @ 0xdc00..=0xdfff) => {
                    let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((lo as u32) - 0xdc00);
                    out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                    i += 4;
                }
                Some(_) => {
                    decode_handler(
                        errors,
                        name,
                        whole,
                        whole_start + i,
                        whole_start + i + 2,
                        "illegal UTF-16 surrogate",
                        &mut out,
                    )?;
                    i += 2;
                }
                None => {
                    decode_handler(
                        errors,
                        name,
                        whole,
                        whole_start + i,
                        whole_start + b.len(),
                        "unexpected end of data",
                        &mut out,
                    )?;
                    break;
                }
            },
            0xdc00..=0xdfff => {
                decode_handler(
                    errors,
                    name,
                    whole,
                    whole_start + i,
                    whole_start + i + 2,
                    "illegal encoding",
                    &mut out,
                )?;
                i += 2;
            }
            _ => {
                out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                i += 2;
            }
        }
    }
    Ok(out)
}

/// Decode UTF-32 code points; `offset` as for [`decode_utf16`].
fn decode_utf32(b: &[u8], offset: usize, le: bool, errors: &str) -> PyResult<String> {
    let name = if le { "utf-32-le" } else { "utf-32-be" };
    let full: Vec<u8>;
    let whole: &[u8] = if offset == 0 {
        b
    } else {
        full = {
            let mut v = if le {
                vec![0xff, 0xfe, 0, 0]
            } else {
                vec![0, 0, 0xfe, 0xff]
            };
            v.extend_from_slice(b);
            v
        };
        &full
    };
    let mut out = String::with_capacity(b.len() / 4);
    let mut chunks = b.chunks_exact(4);
    let mut i = 0;
    for c in chunks.by_ref() {
        let quad = [c[0], c[1], c[2], c[3]];
        let cp = if le {
            u32::from_le_bytes(quad)
        } else {
            u32::from_be_bytes(quad)
        };
        match char::from_u32(cp) {
            Some(ch) => out.push(ch),
            None => {
                let reason = if (0xd800..0xe000).contains(&cp) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                decode_handler(
                    errors,
                    name,
                    whole,
                    offset + i,
                    offset + i + 4,
                    reason,
                    &mut out,
                )?;
            }
        }
        i += 4;
    }
    if !chunks.remainder().is_empty() {
        decode_handler(
            errors,
            name,
            whole,
            offset + i,
            offset + b.len(),
            "truncated data",
            &mut out,
        )?;
    }
    Ok(out)
}
