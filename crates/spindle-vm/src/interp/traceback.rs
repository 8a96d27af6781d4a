//! Printing uncaught exceptions the way CPython 3.13 does: the traceback entries with their
//! source lines and caret markers, chained causes and contexts, and the `Type: message` line.

use crate::error::PyResult;
use crate::object::Payload;
use crate::types::exceptions::{as_exc, ExcObj};
use crate::types::function::as_code;
use crate::types::typeobj::as_type;
use crate::value::Value;
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
    Value::from_obj(Payload::Native(Box::new(TracebackView {
        exc: exc.clone(),
        index: 0,
    })))
}

/// Attributes of a traceback view.
pub fn traceback_attr(tb: &TracebackView, name: &str) -> Option<Value> {
    let e = tb.exc.obj().and_then(as_exc)?;
    let entries = e.traceback.lock().clone();
    let entry = entries.get(tb.index)?;
    match name {
        "tb_lineno" => {
            let line = as_code(&entry.code)
                .map(|c| c.code.location(entry.pc as usize).line)
                .unwrap_or(0);
            Some(Value::Int(line as i64))
        }
        "tb_lasti" => Some(Value::Int(entry.pc as i64 * 2)),
        "tb_next" => {
            if tb.index + 1 < entries.len() {
                Some(Value::from_obj(Payload::Native(Box::new(TracebackView {
                    exc: tb.exc.clone(),
                    index: tb.index + 1,
                }))))
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
    let src = vm
        .interp
        .sources
        .read()
        .get(filename)
        .cloned()
        .or_else(|| {
            let text = std::fs::read_to_string(filename).ok()?;
            Some(std::sync::Arc::from(text.as_str()))
        })?;
    src.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|s| s.to_string())
}

/// Format the traceback entries of `exc` (without the header line).
fn format_entries(vm: &Vm, e: &ExcObj, out: &mut String) {
    let entries = e.traceback.lock().clone();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0usize;
    let flush_repeat = |out: &mut String, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            let _ = writeln!(
                out,
                "  [Previous line repeated {} more time{}]",
                n,
                if n == 1 { "" } else { "s" }
            );
        }
    };
    for entry in &entries {
        let Some(code) = as_code(&entry.code) else {
            continue;
        };
        let loc = code.code.location(entry.pc as usize);
        let key = (
            code.code.filename.to_string(),
            loc.line,
            code.code.name.to_string(),
        );
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
        let _ = writeln!(
            out,
            "  File \"{}\", line {}, in {}",
            code.code.filename, loc.line, code.code.name
        );
        format_source(vm, &code.code.filename, loc, out);
    }
    flush_repeat(out, repeat);
}

/// The source lines of a traceback entry with CPython 3.13's caret markers
/// (`StackSummary.format_frame_summary`).
fn format_source(vm: &Vm, filename: &str, loc: spindle_bytecode::Location, out: &mut String) {
    let end_line = if loc.end_line >= loc.line {
        loc.end_line
    } else {
        loc.line
    };
    let mut orig: Vec<String> = Vec::new();
    for l in loc.line..=end_line.min(loc.line + 1000) {
        orig.push(
            source_line(vm, filename, l)
                .map(|t| t.trim_end().to_string())
                .unwrap_or_default(),
        );
    }
    if orig.iter().all(|l| l.trim().is_empty()) {
        return;
    }
    // textwrap.dedent: remove the common leading whitespace of the non-blank lines.
    let common = orig
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            l.chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect::<String>()
        })
        .reduce(|a, b| {
            a.chars()
                .zip(b.chars())
                .take_while(|(x, y)| x == y)
                .map(|(x, _)| x)
                .collect()
        })
        .unwrap_or_default();
    let dedent_n = common.chars().count();
    let all: Vec<Vec<char>> = orig
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                Vec::new()
            } else {
                l.chars().skip(dedent_n).collect()
            }
        })
        .collect();
    if loc.end_line < loc.line
        || (loc.line == loc.end_line && loc.end_col < loc.col)
        || loc.line == 0
    {
        let _ = writeln!(out, "    {}", orig[0].trim());
        return;
    }
    let char_col = |t: &str, b: usize| {
        t.get(..b.min(t.len()))
            .map(|s| s.chars().count())
            .unwrap_or(b)
    };
    let last = all.len() - 1;
    let start = char_col(&orig[0], loc.col as usize).saturating_sub(dedent_n);
    let end = char_col(&orig[last], loc.end_col as usize).saturating_sub(dedent_n);
    let strs: Vec<String> = all.iter().map(|l| l.iter().collect()).collect();
    let joined = strs.join("\n");
    let jchars: Vec<char> = joined.chars().collect();
    let seg_end = jchars
        .len()
        .saturating_sub(all[last].len().saturating_sub(end));
    let segment: String = if start <= seg_end {
        jchars[start.min(jchars.len())..seg_end].iter().collect()
    } else {
        String::new()
    };
    let anchors = spindle_compiler::error::caret_anchors(&segment);
    let line_refs: Vec<&str> = strs.iter().map(|s| s.as_str()).collect();
    let show = if spindle_compiler::error::call_fills_statement(&line_refs, start, end) {
        false
    } else if anchors.is_some() {
        true
    } else {
        let before: String = all[0].iter().take(start).collect();
        let after: String = all[last].iter().skip(end).collect();
        !before.trim_start().is_empty() || !after.trim_end().is_empty()
    };
    let (mut left_abs, mut right_abs) = (0usize, 0usize);
    let mut significant: Vec<usize> = vec![0, last];
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    if let Some(a) = anchors {
        left_abs = a.left_col + if a.left_line == 0 { start } else { 0 };
        right_abs = a.right_col + if a.right_line == 0 { start } else { 0 };
        for l in [a.left_line, a.right_line] {
            for k in [l.wrapping_sub(1), l, l + 1] {
                if k <= last {
                    significant.push(k);
                }
            }
        }
    }
    significant.sort_unstable();
    significant.dedup();
    let output_line = |lineno: usize, out: &mut String| {
        let _ = writeln!(out, "    {}", strs[lineno]);
        if !show {
            return;
        }
        let row = &all[lineno];
        let num_spaces = row.iter().take_while(|c| c.is_whitespace()).count();
        let num_carets = if lineno == last { end } else { row.len() };
        let mut carets = String::new();
        for col in 0..num_carets {
            if col < num_spaces || (lineno == 0 && col < start) {
                carets.push(' ');
            } else if let Some(a) = anchors.filter(|a| {
                (lineno > a.left_line || (lineno == a.left_line && col >= left_abs))
                    && (lineno < a.right_line || (lineno == a.right_line && col < right_abs))
            }) {
                let _ = a;
                carets.push(secondary);
            } else {
                carets.push(primary);
            }
        }
        let _ = writeln!(out, "    {carets}");
    };
    for (i, &l) in significant.iter().enumerate() {
        if i > 0 {
            let diff = l - significant[i - 1];
            if diff == 2 {
                output_line(l - 1, out);
            } else if diff > 2 {
                let _ = writeln!(out, "    ...<{} lines>...", diff - 1);
            }
        }
        output_line(l, out);
    }
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
        if crate::types::typeobj::is_subtype(
            &x.class,
            crate::types::types().exc(crate::types::exceptions::ExcKind::SyntaxError),
        ) {
            return syntax_error_text(vm, x, &name);
        }
    }
    let mut line = if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    };
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

/// The body of a SyntaxError report: file, line, caret and message (CPython's
/// `TracebackException._format_syntax_error`).
fn syntax_error_text(vm: &Vm, x: &ExcObj, name: &str) -> String {
    let get = |k: &str| crate::types::dict::dict_get_str(&x.dict, k);
    let as_string =
        |v: Option<Value>| v.and_then(|v| crate::types::str::as_str(&v).map(|s| s.to_string()));
    let as_int = |v: Option<Value>| match v {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    };
    let msg = match as_string(get("msg")) {
        Some(m) => m,
        None => {
            let args = x.args_vec();
            args.first()
                .and_then(|a| crate::types::str::as_str(a).map(|s| s.to_string()))
                .unwrap_or_default()
        }
    };
    let mut out = String::new();
    let filename = as_string(get("filename"));
    let lineno = as_int(get("lineno"));
    let mut suffix = String::new();
    if let Some(l) = lineno {
        let _ = writeln!(
            out,
            "  File \"{}\", line {l}",
            filename.as_deref().unwrap_or("<string>")
        );
    } else if let Some(f) = &filename {
        suffix = format!(" ({f})");
    }
    if let Some(text) = as_string(get("text")) {
        let rtext: Vec<char> = text.trim_end_matches('\n').chars().collect();
        let lstart = rtext
            .iter()
            .take_while(|c| matches!(c, ' ' | '\n' | '\x0c'))
            .count();
        let ltext: String = rtext[lstart..].iter().collect();
        let spaces = lstart as i64;
        let text_len = text.chars().count() as i64;
        let rlen = rtext.len() as i64;
        match as_int(get("offset")) {
            None => {
                let _ = writeln!(out, "    {ltext}");
            }
            Some(mut offset) => {
                let end_lineno = as_int(get("end_lineno"));
                let mut end_offset = if lineno == end_lineno {
                    match as_int(get("end_offset")) {
                        Some(e) if e != 0 => e,
                        _ => offset,
                    }
                } else {
                    rlen + 1
                };
                if text_len > 0 && offset > text_len {
                    offset = rlen + 1;
                }
                if text_len > 0 && end_offset > text_len {
                    end_offset = rlen + 1;
                }
                if offset >= end_offset || end_offset < 0 {
                    end_offset = offset + 1;
                }
                let colno = offset - 1 - spaces;
                let end_colno = end_offset - 1 - spaces;
                let _ = writeln!(out, "    {ltext}");
                if colno >= 0 {
                    let caretspace: String = ltext
                        .chars()
                        .take(colno as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    let _ = writeln!(
                        out,
                        "    {}{}",
                        caretspace,
                        "^".repeat((end_colno - colno).max(0) as usize)
                    );
                }
            }
        }
    }
    let _ = vm;
    let msg = if msg.is_empty() {
        "<no detail available>".to_string()
    } else {
        msg
    };
    out.push_str(&format!("{name}{suffix}: {msg}"));
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
        let suppress = x
            .suppress_context
            .load(std::sync::atomic::Ordering::Relaxed);
        if let Some(c) = cause.obj().filter(|c| !seen.contains(&c.addr())) {
            format_chain(vm, &Value::Obj(c.clone()), out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) = context
            .obj()
            .filter(|c| !suppress && !seen.contains(&c.addr()))
        {
            format_chain(vm, &Value::Obj(c.clone()), out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
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
