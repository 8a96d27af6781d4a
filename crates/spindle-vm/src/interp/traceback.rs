//! Printing uncaught exceptions the way CPython 3.13 does: the traceback entries with their
//! source lines and caret markers, chained causes and contexts, and the `Type: message` line.

use crate::error::PyResult;
use crate::object::Payload;
use crate::types::exceptions::{as_exc, ExcObj};
use crate::types::function::as_code;
use crate::types::typeobj::as_type;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::fmt::Write;

/// A view of one traceback entry (`exc.__traceback__`, `tb.tb_next`).
pub struct TracebackView {
    pub exc: Value,
    pub index: usize,
}

impl crate::object::NativeObject for TracebackView {
    fn type_name(&self) -> &'static str {
        "traceback"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The `__traceback__` object of an exception (its first entry).
pub fn traceback_object(exc: &Value) -> Value {
    Value::from_obj(Payload::Native(Box::new(TracebackView { exc: exc.clone(), index: 0 })))
}

/// Attributes of a traceback view.
pub fn traceback_attr(tb: &TracebackView, name: &str) -> Option<Value> {
    let e = tb.exc.obj().and_then(as_exc)?;
    let entries = e.traceback.lock().clone();
    let entry = entries.get(tb.index)?;
    match name {
        "tb_lineno" => {
            let line = as_code(&entry.code).map(|c| c.code.location(entry.pc as usize).line).unwrap_or(0);
            Some(Value::Int(line as i64))
        }
        "tb_lasti" => Some(Value::Int(entry.pc as i64 * 2)),
        "tb_next" => {
            if tb.index + 1 < entries.len() {
                Some(Value::from_obj(Payload::Native(Box::new(TracebackView { exc: tb.exc.clone(), index: tb.index + 1 }))))
            } else {
                Some(Value::None)
            }
        }
        "tb_frame" => Some(Value::None),
        _ => None,
    }
}

/// The source text of a file, if known (the interpreter keeps the sources it compiled).
fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    let src = vm.interp.sources.read().get(filename).cloned().or_else(|| {
        let text = std::fs::read_to_string(filename).ok()?;
        Some(std::sync::Arc::from(text.as_str()))
    })?;
    src.lines().nth(line.checked_sub(1)? as usize).map(|s| s.to_string())
}

/// Format the traceback entries of `exc` (without the header line).
fn format_entries(vm: &Vm, e: &ExcObj, out: &mut String) {
    let entries = e.traceback.lock().clone();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0usize;
    let flush_repeat = |out: &mut String, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            let _ = writeln!(out, "  [Previous line repeated {} more time{}]", n, if n == 1 { "" } else { "s" });
        }
    };
    for entry in &entries {
        let Some(code) = as_code(&entry.code) else { continue };
        let loc = code.code.location(entry.pc as usize);
        let key = (code.code.filename.to_string(), loc.line, code.code.name.to_string());
        if last.as_ref() == Some(&key) {
            repeat += 1;
            if repeat > 3 {
                continue;
            }
        } else {
            flush_repeat(out, repeat);
            repeat = 1;
            last = Some(key);
        }
        let _ = writeln!(out, "  File \"{}\", line {}, in {}", code.code.filename, loc.line, code.code.name);
        if let Some(text) = source_line(vm, &code.code.filename, loc.line) {
            let stripped = text.trim_start();
            let indent = text.len() - stripped.len();
            let stripped = stripped.trim_end();
            let _ = writeln!(out, "    {stripped}");
            if let Some(carets) = caret_line(&text, indent, stripped.len(), loc) {
                let _ = writeln!(out, "    {carets}");
            }
        }
    }
    flush_repeat(out, repeat);
}

/// The `~~~^^^` line under a source line, or None when the whole line is the error's range.
fn caret_line(text: &str, indent: usize, stripped_len: usize, loc: spindle_bytecode::Location) -> Option<String> {
    if loc.end_line != loc.line {
        return None;
    }
    let (col, end) = (loc.col as usize, loc.end_col as usize);
    if end <= col || col < indent {
        return None;
    }
    if col == indent && end >= indent + stripped_len {
        return None;
    }
    let char_col = |b: usize| text.get(..b.min(text.len())).map(|s| s.chars().count()).unwrap_or(b);
    let (c0, c1) = (char_col(col) - char_col(indent), char_col(end) - char_col(indent));
    let mut s = " ".repeat(c0);
    let (a0, a1) = (loc_anchor(&loc), loc_anchor_end(&loc));
    if a1 > a0 && a0 >= col && a1 <= end {
        let (ac0, ac1) = (char_col(a0) - char_col(indent), char_col(a1) - char_col(indent));
        s.push_str(&"~".repeat(ac0 - c0));
        s.push_str(&"^".repeat(ac1 - ac0));
        s.push_str(&"~".repeat(c1 - ac1));
    } else {
        s.push_str(&"^".repeat(c1 - c0));
    }
    Some(s)
}

fn loc_anchor(loc: &spindle_bytecode::Location) -> usize {
    loc.anchor_col as usize
}

fn loc_anchor_end(loc: &spindle_bytecode::Location) -> usize {
    loc.anchor_end_col as usize
}

/// `Type: message` for an exception.
pub fn exception_line(vm: &Vm, exc: &Value) -> String {
    let ty = crate::types::type_of(exc);
    let name = match as_type(&ty) {
        Some(t) => {
            let m = t.module.to_string();
            if m == "builtins" || m == "__main__" {
                t.qualname.read().to_string()
            } else {
                format!("{}.{}", m, t.qualname.read())
            }
        }
        None => "Exception".into(),
    };
    let msg = match crate::ops::str_(vm, exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".into(),
    };
    if let Some(x) = exc.obj().and_then(as_exc) {
        if crate::types::typeobj::is_subtype(&x.class, crate::types::types().exc(crate::types::exceptions::ExcKind::SyntaxError)) {
            return syntax_error_text(vm, x, &name);
        }
    }
    let mut line = if msg.is_empty() { name } else { format!("{name}: {msg}") };
    if let Some(x) = exc.obj().and_then(as_exc) {
        if let Some(notes) = crate::types::dict::dict_get_str(&x.dict, "__notes__") {
            if let Some(Payload::List(l)) = notes.payload() {
                for n in l.snapshot() {
                    line.push('\n');
                    line.push_str(&crate::ops::str_(vm, &n).unwrap_or_default());
                }
            }
        }
    }
    line
}

/// The body of a SyntaxError report: file, line, caret and message.
fn syntax_error_text(vm: &Vm, x: &ExcObj, name: &str) -> String {
    let get = |k: &str| crate::types::dict::dict_get_str(&x.dict, k);
    let args = x.args_vec();
    let msg = args.first().and_then(|a| crate::types::str::as_str(a).map(|s| s.to_string())).unwrap_or_default();
    let mut out = String::new();
    let filename = get("filename").and_then(|v| crate::types::str::as_str(&v).map(|s| s.to_string()));
    let lineno = match get("lineno") {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    };
    if let (Some(f), Some(l)) = (&filename, lineno) {
        let _ = writeln!(out, "  File \"{f}\", line {l}");
    }
    if let Some(text) = get("text").and_then(|v| crate::types::str::as_str(&v).map(|s| s.to_string())) {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        let _ = writeln!(out, "    {}", stripped.trim_end());
        if let Some(Value::Int(off)) = get("offset") {
            let end = match get("end_offset") {
                Some(Value::Int(e)) if e > off => e,
                _ => off + 1,
            };
            let start = (off as usize).saturating_sub(1).saturating_sub(indent);
            let width = ((end - off) as usize).max(1).min(stripped.chars().count().saturating_sub(start).max(1));
            let _ = writeln!(out, "    {}{}", " ".repeat(start), "^".repeat(width));
        }
    }
    let _ = vm;
    out.push_str(&format!("{name}: {msg}"));
    out
}

/// Print an uncaught exception (with its chain) to stderr.
pub fn print_exception(vm: &Vm, exc: &Value) {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    eprint!("{out}");
}

/// Format an exception and its causes/contexts, oldest first.
pub fn format_chain(vm: &Vm, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    let Some(o) = exc.obj() else { return };
    seen.push(o.addr());
    if let Some(x) = as_exc(o) {
        let cause = x.cause.read().clone();
        let context = x.context.read().clone();
        let suppress = x.suppress_context.load(std::sync::atomic::Ordering::Relaxed);
        if let Some(c) = cause.obj().filter(|c| !seen.contains(&c.addr())) {
            format_chain(vm, &Value::Obj(c.clone()), out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(c) = context.obj().filter(|c| !suppress && !seen.contains(&c.addr())) {
            format_chain(vm, &Value::Obj(c.clone()), out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if !x.traceback.lock().is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            format_entries(vm, x, out);
        }
    }
    out.push_str(&exception_line(vm, exc));
    out.push('\n');
}

/// `traceback.format_exception`-style text for Python code.
pub fn format_exception_text(vm: &Vm, exc: &Value) -> PyResult<String> {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    Ok(out)
}

pub fn _unused(_: &ObjRef) {}
