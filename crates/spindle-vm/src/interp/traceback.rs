//! Tracebacks: the traceback and frame objects Python code sees (`exc.__traceback__`,
//! `tb.tb_frame`), and formatting exceptions exactly as CPython 3.13's `traceback` module does
//! for uncaught exceptions: frames with source lines and caret markers, chained causes and
//! contexts, notes, exception groups in their box-drawing layout, and the "Did you mean"
//! suggestions of NameError, AttributeError and ImportError.

use crate::error::PyResult;
use crate::object::Payload;
use crate::types::exceptions::{as_exc, ExcKind, ExcObj, FrameLocals, TbEntry};
use crate::types::function::as_code;
use crate::types::str::{as_str, new_str};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::fmt::Write;
use std::sync::{Arc, OnceLock};

// ---------------------------------------------------------------------------------------------
// Traceback and frame objects

/// A traceback object: entry `index` of an exception's traceback (taken when
/// `__traceback__` was read) and the entries after it (`tb_next`).
pub struct TracebackView {
    pub entries: Arc<[TbEntry]>,
    pub index: usize,
    /// `tb_next` and `tb_frame`, created on first use.
    next: OnceLock<Value>,
    frame: OnceLock<Value>,
}

impl TracebackView {
    fn new_value(entries: Arc<[TbEntry]>, index: usize) -> Value {
        Value::from_obj(Payload::Native(Box::new(TracebackView {
            entries,
            index,
            next: OnceLock::new(),
            frame: OnceLock::new(),
        })))
    }
}

impl crate::object::NativeObject for TracebackView {
    fn type_name(&self) -> &'static str {
        "traceback"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A frame object as a traceback shows it (`tb.tb_frame`).
pub struct FrameView {
    pub entry: TbEntry,
}

impl crate::object::NativeObject for FrameView {
    fn type_name(&self) -> &'static str {
        "frame"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The `__traceback__` object of an exception (its first entry), or None without entries.
pub fn traceback_object(exc: &Value) -> Value {
    let Some(e) = exc.obj().and_then(as_exc) else {
        return Value::None;
    };
    let entries: Vec<TbEntry> = e.traceback.lock().clone();
    if entries.is_empty() {
        return Value::None;
    }
    let mut cache = e.tb_object.lock();
    if let Some(t) = crate::object::native::<TracebackView>(&cache) {
        let same = t.entries.len() == entries.len()
            && t.entries.iter().zip(entries.iter()).all(|(a, b)| {
                a.pc == b.pc
                    && ObjRef::ptr_eq(&a.code, &b.code)
                    && a.locals.is_some() == b.locals.is_some()
            });
        if same {
            return cache.clone();
        }
    }
    let v = TracebackView::new_value(Arc::from(entries), 0);
    *cache = v.clone();
    v
}

/// The entries a traceback object stands for (it and the ones after it), or None when `tb` is
/// not a traceback object.
pub fn traceback_entries(tb: &Value) -> Option<Vec<TbEntry>> {
    let t = crate::object::native::<TracebackView>(tb)?;
    Some(t.entries.get(t.index..).unwrap_or_default().to_vec())
}

/// Is `v` a traceback or frame object (whose attributes [`native_attr`] serves)?
pub fn is_tb_or_frame(v: &Value) -> bool {
    crate::object::native::<TracebackView>(v).is_some()
        || crate::object::native::<FrameView>(v).is_some()
}

fn entry_line(entry: &TbEntry) -> u32 {
    as_code(&entry.code)
        .map(|c| c.code.location(entry.pc as usize).line)
        .unwrap_or(0)
}

/// The bound local variables of an entry's frame as (name, value), in slot order; for module
/// and class bodies the keys of their namespace.
pub fn entry_locals(entry: &TbEntry) -> Vec<(String, Value)> {
    match entry.locals.as_deref() {
        Some(FrameLocals::Mapping(d)) => match &d.payload {
            Payload::Dict(dd) => dd
                .keys()
                .iter()
                .filter_map(|k| {
                    let name = as_str(k)?;
                    Some((name.to_string(), dd.get_str(name)?))
                })
                .collect(),
            _ => Vec::new(),
        },
        Some(FrameLocals::Slots(slots)) => {
            let Some(code) = as_code(&entry.code) else {
                return Vec::new();
            };
            let co = &code.code;
            let nlocals = co.varnames.len();
            let mut out = Vec::new();
            for (i, name) in co.varnames.iter().enumerate() {
                if co.cellvars.iter().any(|c| c == name) {
                    continue;
                }
                match slots.get(i) {
                    Some(v) if !v.is_null() => out.push((name.to_string(), v.clone())),
                    _ => {}
                }
            }
            for (j, name) in co.cellvars.iter().chain(co.freevars.iter()).enumerate() {
                if let Some(Payload::Cell(c)) = slots.get(nlocals + j).and_then(|v| v.payload()) {
                    let v = c.value.read().clone();
                    if !v.is_null() {
                        out.push((name.to_string(), v));
                    }
                }
            }
            out
        }
        None => Vec::new(),
    }
}

/// `f_locals` of a frame view.
fn frame_locals(entry: &TbEntry) -> Value {
    if let Some(FrameLocals::Mapping(d)) = entry.locals.as_deref() {
        return Value::Obj(d.clone());
    }
    if as_code(&entry.code).is_some_and(|c| c.is_module) {
        if let Some(g) = &entry.globals {
            return Value::Obj(g.clone());
        }
    }
    let d = crate::types::dict::DictObj::new();
    for (k, v) in entry_locals(entry) {
        d.set_str(&k, v);
    }
    Value::from_obj(Payload::Dict(d))
}

/// Attributes of traceback and frame objects.
pub fn native_attr(_vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(tb) = crate::object::native::<TracebackView>(obj) {
        let Some(entry) = tb.entries.get(tb.index) else {
            return Ok(None);
        };
        return Ok(match name {
            "tb_lineno" => Some(Value::Int(entry_line(entry) as i64)),
            "tb_lasti" => Some(Value::Int(entry.pc as i64 * 2)),
            "tb_next" => Some(
                tb.next
                    .get_or_init(|| {
                        if tb.index + 1 < tb.entries.len() {
                            TracebackView::new_value(tb.entries.clone(), tb.index + 1)
                        } else {
                            Value::None
                        }
                    })
                    .clone(),
            ),
            "tb_frame" => Some(
                tb.frame
                    .get_or_init(|| {
                        Value::from_obj(Payload::Native(Box::new(FrameView {
                            entry: entry.clone(),
                        })))
                    })
                    .clone(),
            ),
            _ => None,
        });
    }
    if let Some(f) = crate::object::native::<FrameView>(obj) {
        let e = &f.entry;
        return Ok(match name {
            "f_code" => Some(Value::Obj(e.code.clone())),
            "f_lineno" => Some(Value::Int(entry_line(e) as i64)),
            "f_lasti" => Some(Value::Int(e.pc as i64 * 2)),
            "f_globals" => e.globals.clone().map(Value::Obj),
            "f_builtins" => e.builtins.clone().map(Value::Obj),
            "f_locals" => Some(frame_locals(e)),
            "f_back" | "f_trace" => Some(Value::None),
            "f_trace_lines" => Some(Value::Bool(true)),
            "f_trace_opcodes" => Some(Value::Bool(false)),
            _ => None,
        });
    }
    Ok(None)
}

/// Record that exception `e` is leaving the frame running `code_obj` at `pc` (called by the
/// evaluation loop). The innermost entry also keeps the frame's local variables, which the
/// NameError/AttributeError suggestions and `tb_frame.f_locals` read.
pub fn record(
    e: &ExcObj,
    code_obj: &ObjRef,
    pc: u32,
    globals: &ObjRef,
    builtins: &ObjRef,
    locals_dict: Option<&ObjRef>,
    slots: &[Value],
) {
    let mut tb = e.traceback.lock();
    let locals = if !tb.is_empty() {
        None
    } else if let Some(d) = locals_dict {
        Some(Arc::new(FrameLocals::Mapping(d.clone())))
    } else {
        // The exception itself is left out (`err = E(); raise err`): keeping it would make a
        // reference cycle, and cycles are never freed.
        let is_self = |v: &Value| match v.obj().map(|o| &o.payload) {
            Some(Payload::Exception(x)) => std::ptr::eq(&**x, e),
            _ => false,
        };
        let snap: Box<[Value]> = slots
            .iter()
            .map(|v| if is_self(v) { Value::Null } else { v.clone() })
            .collect();
        Some(Arc::new(FrameLocals::Slots(snap)))
    };
    tb.insert(
        0,
        TbEntry {
            code: code_obj.clone(),
            pc,
            globals: Some(globals.clone()),
            builtins: Some(builtins.clone()),
            locals,
        },
    );
}

// ---------------------------------------------------------------------------------------------
// Source lines and carets

/// The source text of a file, if known (the interpreter keeps the sources it compiled).
pub fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
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

/// The source lines of a traceback entry with CPython 3.13's caret markers
/// (`StackSummary.format_frame_summary`).
pub fn format_source(vm: &Vm, filename: &str, loc: spindle_bytecode::Location, out: &mut String) {
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

/// One traceback entry formatted: `  File "f", line N, in name` and its source with carets.
pub fn format_entry(vm: &Vm, entry: &TbEntry) -> Option<String> {
    let code = as_code(&entry.code)?;
    let loc = code.code.location(entry.pc as usize);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  File \"{}\", line {}, in {}",
        code.code.filename, loc.line, code.code.name
    );
    format_source(vm, &code.code.filename, loc, &mut out);
    Some(out)
}

/// A frame summary given by Python code formatted like [`format_entry`].
pub fn format_frame_parts(
    vm: &Vm,
    filename: &str,
    lineno: Option<i64>,
    name: &str,
    positions: Option<(i64, i64, i64)>,
    line: Option<&str>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  File \"{}\", line {}, in {}",
        filename,
        lineno
            .map(|l| l.to_string())
            .unwrap_or_else(|| "None".into()),
        name
    );
    let Some(l) = lineno.filter(|l| *l > 0 && *l <= u32::MAX as i64) else {
        return out;
    };
    let have_source = source_line(vm, filename, l as u32).is_some();
    match positions {
        Some((end_line, col, end_col)) if have_source => {
            let loc = spindle_bytecode::Location {
                line: l as u32,
                end_line: end_line.clamp(0, u32::MAX as i64) as u32,
                col: col.clamp(0, u32::MAX as i64) as u32,
                end_col: end_col.clamp(0, u32::MAX as i64) as u32,
                anchor_col: 0,
                anchor_end_col: 0,
            };
            format_source(vm, filename, loc, &mut out);
        }
        _ => {
            let text = if have_source {
                source_line(vm, filename, l as u32)
            } else {
                line.map(|s| s.to_string())
            };
            if let Some(t) = text {
                let t = t.trim();
                if !t.is_empty() {
                    let _ = writeln!(out, "    {t}");
                }
            }
        }
    }
    out
}

/// The frames of a stack formatted, collapsing runs of the same line past three repetitions
/// (`StackSummary.format`).
fn format_stack(vm: &Vm, entries: &[TbEntry]) -> Vec<String> {
    let mut out = Vec::new();
    let mut last: Option<(String, u32, String)> = None;
    let mut count = 0usize;
    let repeated = |out: &mut Vec<String>, count: usize| {
        if count > 3 {
            let n = count - 3;
            out.push(format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n > 1 { "s" } else { "" }
            ));
        }
    };
    for entry in entries {
        let Some(code) = as_code(&entry.code) else {
            continue;
        };
        let Some(text) = format_entry(vm, entry) else {
            continue;
        };
        let key = (
            code.code.filename.to_string(),
            entry_line(entry),
            code.code.name.to_string(),
        );
        if last.as_ref() != Some(&key) {
            repeated(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > 3 {
            continue;
        }
        out.push(text);
    }
    repeated(&mut out, count);
    out
}

/// The body of a SyntaxError report: file, line, caret and message (CPython's
/// `TracebackException._format_syntax_error`).
fn syntax_error_text(vm: &Vm, x: &ExcObj, name: &str) -> String {
    let get = |k: &str| {
        x.field(k)
            .or_else(|| crate::types::dict::dict_get_str(&x.dict, k))
            .filter(|v| !v.is_none())
    };
    let as_string =
        |v: Option<Value>| v.and_then(|v| crate::types::str::as_str(&v).map(|s| s.to_string()));
    let as_int = |v: Option<Value>| match v {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    };
    let msg = match get("msg") {
        Some(m) => crate::ops::str_(vm, &m).unwrap_or_default(),
        None => String::new(),
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
    let msg = if msg.is_empty() {
        "<no detail available>".to_string()
    } else {
        msg
    };
    out.push_str(&format!("{name}: {msg}{suffix}"));
    out
}

// ---------------------------------------------------------------------------------------------
// The exception line and suggestions

/// An attribute of an exception through the normal protocol (None when missing or failing).
fn exc_getattr(vm: &Vm, exc: &Value, name: &str) -> Option<Value> {
    crate::ops::attr::getattr_opt(vm, exc, name).ok().flatten()
}

/// `module.qualname` of an exception's class, without `builtins.` and `__main__.`.
fn exc_type_str(vm: &Vm, exc: &Value) -> String {
    let ty = Value::Obj(crate::types::type_of(exc));
    let attr = |name: &str| {
        crate::ops::attr::getattr_opt(vm, &ty, name)
            .ok()
            .flatten()
            .and_then(|v| as_str(&v).map(|s| s.to_string()))
    };
    let q = attr("__qualname__").unwrap_or_default();
    match attr("__module__") {
        Some(m) if m == "builtins" || m == "__main__" => q,
        Some(m) => format!("{m}.{q}"),
        None => format!("<unknown>.{q}"),
    }
}

/// `str(exc)` plus the hints CPython adds ("Did you mean: 'x'?"); `use_tb`: whether the
/// exception's traceback is part of the report (NameError hints need its innermost frame).
pub fn exc_str_with_hints(vm: &Vm, exc: &Value, e: &ExcObj, use_tb: bool) -> String {
    let mut s = match crate::ops::str_(vm, exc) {
        Ok(m) => m,
        Err(_) => return "<exception str() failed>".into(),
    };
    if e.is(ExcKind::ImportError) {
        if let Some(wrong) = exc_getattr(vm, exc, "name_from").filter(|v| !v.is_none()) {
            if let Some(sug) = suggestion(vm, exc, e, &wrong, use_tb) {
                let _ = write!(s, ". Did you mean: '{sug}'?");
            }
        }
    } else if e.is(ExcKind::NameError) || e.is(ExcKind::AttributeError) {
        if let Some(wrong) = exc_getattr(vm, exc, "name").filter(|v| !v.is_none()) {
            let sug = suggestion(vm, exc, e, &wrong, use_tb);
            if let Some(sug) = &sug {
                let _ = write!(s, ". Did you mean: '{sug}'?");
            }
            if e.is(ExcKind::NameError) {
                if let Some(w) = as_str(&wrong).filter(|w| is_stdlib_module(w)) {
                    if sug.is_some() {
                        let _ = write!(s, " Or did you forget to import '{w}'?");
                    } else {
                        let _ = write!(s, ". Did you forget to import '{w}'?");
                    }
                }
            }
        }
    }
    s
}

/// The candidate names CPython's suggestion machinery considers, or None to give up.
fn suggestion(vm: &Vm, exc: &Value, e: &ExcObj, wrong: &Value, use_tb: bool) -> Option<String> {
    let wrong = as_str(wrong)?;
    let innermost = if use_tb {
        e.traceback.lock().last().cloned()
    } else {
        None
    };
    let names: Vec<String> = if e.is(ExcKind::AttributeError) {
        let obj = exc_getattr(vm, exc, "obj").unwrap_or(Value::None);
        let mut d = dir_names(vm, &obj)?;
        d.sort();
        let mut hide = !wrong.starts_with('_');
        if hide {
            if let Some(t) = &innermost {
                let self_is_obj = entry_locals(t)
                    .iter()
                    .any(|(k, v)| k == "self" && same_object(v, &obj));
                if self_is_obj {
                    hide = false;
                }
            }
        }
        if hide {
            d.retain(|x| !x.starts_with('_'));
        }
        d
    } else if e.is(ExcKind::ImportError) {
        let modname = exc_getattr(vm, exc, "name")?;
        let modname = as_str(&modname)?;
        let m = crate::import::import_module(vm, modname).ok()?;
        let mut d = dir_names(vm, &Value::Obj(m))?;
        d.sort();
        if !wrong.starts_with('_') {
            d.retain(|x| !x.starts_with('_'));
        }
        d
    } else {
        let t = innermost?;
        let locals = entry_locals(&t);
        let mut d: Vec<String> = locals.iter().map(|(k, _)| k.clone()).collect();
        if let Some(g) = &t.globals {
            d.extend(dict_keys(g));
        }
        if let Some(b) = &t.builtins {
            d.extend(dict_keys(b));
        }
        let self_val = locals
            .iter()
            .find(|(k, _)| k == "self")
            .map(|(_, v)| v.clone());
        if let Some(sv) = self_val {
            if matches!(crate::ops::attr::getattr_opt(vm, &sv, wrong), Ok(Some(_))) {
                return Some(format!("self.{wrong}"));
            }
        }
        d
    };
    closest_name(&names, wrong)
}

fn same_object(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => ObjRef::ptr_eq(x, y),
        _ => false,
    }
}

fn dict_keys(d: &ObjRef) -> Vec<String> {
    match &d.payload {
        Payload::Dict(d) => d
            .keys()
            .iter()
            .filter_map(|k| as_str(k).map(|s| s.to_string()))
            .collect(),
        _ => Vec::new(),
    }
}

/// `dir(obj)` as strings.
fn dir_names(vm: &Vm, obj: &Value) -> Option<Vec<String>> {
    let dir = vm.builtin("dir")?;
    let r = vm
        .call(
            &dir,
            crate::types::function::Args::new(std::slice::from_ref(obj)),
        )
        .ok()?;
    let items = crate::builtins::collect(vm, &r).ok()?;
    Some(
        items
            .iter()
            .filter_map(|k| as_str(k).map(|s| s.to_string()))
            .collect(),
    )
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_CANDIDATES: usize = 750;
const MAX_NAME_LEN: usize = 40;

/// The candidate closest to `wrong` by the weighted edit distance CPython uses: deleting or
/// inserting a byte costs 2, replacing one costs 2 (1 when only its ASCII case differs), and a
/// candidate is accepted only when at most about a third of the characters change.
pub fn closest_name(candidates: &[String], wrong: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    let mut row = Vec::new();
    for cand in candidates {
        if cand == wrong {
            continue;
        }
        let mut limit = (wrong.len() + cand.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            limit = limit.min(d.saturating_sub(1));
            if d == 0 {
                continue;
            }
        }
        let d = edit_distance(wrong.as_bytes(), cand.as_bytes(), limit, &mut row);
        if d > limit {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((cand, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

fn sub_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Weighted edit distance between `a` and `b`, or something above `limit` once it is certain
/// to exceed it.
fn edit_distance(a: &[u8], b: &[u8], limit: usize, row: &mut Vec<usize>) -> usize {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_NAME_LEN || b.len() > MAX_NAME_LEN {
        return limit + 1;
    }
    // Keep the shorter string along the row.
    let (short, long) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (long.len() - short.len()) * MOVE_COST > limit {
        return limit + 1;
    }
    row.clear();
    row.extend((1..=short.len()).map(|i| i * MOVE_COST));
    let mut result = 0;
    for (li, &lc) in long.iter().enumerate() {
        // `diag` is the cost of the previous row's cell to the left (long[..li], short[..si]).
        let mut diag = li * MOVE_COST;
        result = diag;
        let mut row_min = usize::MAX;
        for (si, &sc) in short.iter().enumerate() {
            let replace = diag + sub_cost(lc, sc);
            let above = row[si];
            let insert_delete = result.min(above) + MOVE_COST;
            result = insert_delete.min(replace);
            diag = above;
            row[si] = result;
            row_min = row_min.min(result);
        }
        if row_min > limit {
            return limit + 1;
        }
    }
    result
}

/// Standard-library module names (`sys.stdlib_module_names` of CPython 3.13, separated by
/// spaces), for the "Did you forget to import" hint.
pub const STDLIB_MODULE_NAMES: &str = "\
    __future__ _abc _aix_support _android_support _apple_support _ast _asyncio _bisect \
    _blake2 _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr \
    _codecs_tw _collections _collections_abc _colorize _compat_pickle _compression \
    _contextvars _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree \
    _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp \
    _interpchannels _interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma \
    _markupbase _md5 _multibytecodec _multiprocessing _opcode _opcode_metadata _operator \
    _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydatetime \
    _pydecimal _pyio _pylong _pyrepl _queue _random _scproxy _sha1 _sha2 _sha3 _signal \
    _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct \
    _suggestions _symtable _sysconfig _thread _threading_local _tkinter _tokenize \
    _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _wmi _zoneinfo abc \
    antigravity argparse array ast asyncio atexit base64 bdb binascii bisect builtins bz2 \
    cProfile calendar cmath cmd code codecs codeop collections colorsys compileall \
    concurrent configparser contextlib contextvars copy copyreg csv ctypes curses \
    dataclasses datetime dbm decimal difflib dis doctest email encodings ensurepip enum \
    errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc \
    genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http \
    idlelib imaplib importlib inspect io ipaddress itertools json keyword linecache locale \
    logging lzma mailbox marshal math mimetypes mmap modulefinder msvcrt multiprocessing \
    netrc nt ntpath nturl2path numbers opcode operator optparse os pathlib pdb pickle \
    pickletools pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty \
    pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib \
    resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal \
    site smtplib socket socketserver sqlite3 sre_compile sre_constants sre_parse ssl stat \
    statistics string stringprep struct subprocess symtable sys sysconfig syslog tabnanny \
    tarfile tempfile termios textwrap this threading time timeit tkinter token tokenize \
    tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata \
    unittest urllib uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xml \
    xmlrpc zipapp zipfile zipimport zlib zoneinfo";

fn is_stdlib_module(name: &str) -> bool {
    STDLIB_MODULE_NAMES.split(' ').any(|n| n == name)
}

/// The lines after the traceback: `Type: message` (or a SyntaxError's report) and the notes
/// (`TracebackException.format_exception_only`). Each line ends with a newline.
pub fn exception_only(vm: &Vm, exc: &Value, show_group: bool, depth: usize) -> Vec<String> {
    exception_only_ex(vm, exc, show_group, depth, true)
}

/// [`exception_only`], choosing whether the traceback feeds the suggestions.
pub fn exception_only_ex(
    vm: &Vm,
    exc: &Value,
    show_group: bool,
    depth: usize,
    use_tb: bool,
) -> Vec<String> {
    let indent = " ".repeat(3 * depth);
    let mut out = Vec::new();
    let Some(e) = exc.obj().and_then(as_exc) else {
        let s = crate::ops::str_(vm, exc).unwrap_or_else(|_| "<exception str() failed>".into());
        out.push(if s.is_empty() {
            format!("{indent}None\n")
        } else {
            format!("{indent}None: {s}\n")
        });
        return out;
    };
    let stype = exc_type_str(vm, exc);
    if e.is(ExcKind::SyntaxError) {
        let text = syntax_error_text(vm, e, &stype);
        for l in text.split('\n') {
            out.push(format!("{indent}{l}\n"));
        }
    } else {
        let s = exc_str_with_hints(vm, exc, e, use_tb);
        let line = if s.is_empty() {
            stype
        } else {
            format!("{stype}: {s}")
        };
        if depth > 0 {
            for l in line.split('\n') {
                out.push(format!("{indent}{l}\n"));
            }
        } else {
            out.push(format!("{line}\n"));
        }
    }
    match crate::ops::attr::getattr_opt(vm, exc, "__notes__") {
        Ok(Some(notes)) if !notes.is_none() => {
            let seq = match notes.payload() {
                Some(Payload::List(l)) => Some(l.snapshot()),
                Some(Payload::Tuple(t)) => Some(t.to_vec()),
                _ => None,
            };
            match seq {
                Some(items) => {
                    for n in items {
                        let text = crate::ops::str_(vm, &n)
                            .unwrap_or_else(|_| "<note str() failed>".into());
                        for l in text.split('\n') {
                            out.push(format!("{indent}{l}\n"));
                        }
                    }
                }
                None => {
                    let r = crate::ops::repr(vm, &notes)
                        .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                    out.push(format!("{indent}{r}\n"));
                }
            }
        }
        Ok(_) => {}
        Err(err) => {
            let r = crate::ops::repr(vm, &err.value())
                .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            out.push(format!("{indent}Ignored error getting __notes__: {r}\n"));
        }
    }
    if show_group && e.is(ExcKind::BaseExceptionGroup) {
        let subs = e
            .field("exceptions")
            .and_then(|t| crate::types::tuple::as_tuple(&t).map(|t| t.to_vec()))
            .unwrap_or_default();
        // Nesting is bounded by the recursion limit (deeper members are left out).
        if vm.enter().is_ok() {
            for sub in subs {
                out.extend(exception_only_ex(vm, &sub, show_group, depth + 1, use_tb));
            }
            vm.leave();
        }
    }
    out
}

/// `Type: message` for an exception (with its notes), without the final newline.
pub fn exception_line(vm: &Vm, exc: &Value) -> String {
    let s: String = exception_only(vm, exc, false, 0).concat();
    s.strip_suffix('\n').unwrap_or(&s).to_string()
}

// ---------------------------------------------------------------------------------------------
// Whole reports: chains and groups

/// How to format an exception (the options of `traceback.TracebackException`).
#[derive(Clone, Copy)]
pub struct Options {
    pub limit: Option<i64>,
    pub chain: bool,
    pub compact: bool,
    pub max_group_width: usize,
    pub max_group_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limit: None,
            chain: true,
            compact: true,
            max_group_width: 15,
            max_group_depth: 10,
        }
    }
}

/// One exception of a report, linked to the others by index.
struct Node {
    exc: Value,
    stack: Vec<TbEntry>,
    cause: Option<usize>,
    context: Option<usize>,
    suppress: bool,
    exceptions: Option<Vec<usize>>,
}

fn limited(entries: Vec<TbEntry>, limit: Option<i64>) -> Vec<TbEntry> {
    match limit {
        None => entries,
        Some(n) if n >= 0 => entries.into_iter().take(n as usize).collect(),
        Some(n) => {
            let keep = n.unsigned_abs() as usize;
            let skip = entries.len().saturating_sub(keep);
            entries.into_iter().skip(skip).collect()
        }
    }
}

fn new_node(nodes: &mut Vec<Node>, seen: &mut Vec<usize>, exc: &Value, opts: &Options) -> usize {
    if let Some(o) = exc.obj() {
        seen.push(o.addr());
    }
    let (stack, suppress) = match exc.obj().and_then(as_exc) {
        Some(e) => (
            limited(e.traceback.lock().clone(), opts.limit),
            e.suppress_context
                .load(std::sync::atomic::Ordering::Relaxed),
        ),
        None => (Vec::new(), false),
    };
    nodes.push(Node {
        exc: exc.clone(),
        stack,
        cause: None,
        context: None,
        suppress,
        exceptions: None,
    });
    nodes.len() - 1
}

/// Build the graph of exceptions a report shows: causes, contexts and group members, each
/// exception at most once along chains.
fn build(exc: &Value, opts: &Options) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut seen = Vec::new();
    new_node(&mut nodes, &mut seen, exc, opts);
    let mut queue = vec![0usize];
    while let Some(i) = queue.pop() {
        let Some(e) = nodes[i].exc.obj().and_then(as_exc) else {
            continue;
        };
        let cause_v = e.cause.read().clone();
        let context_v = e.context.read().clone();
        let suppress = nodes[i].suppress;
        let members = if e.is(ExcKind::BaseExceptionGroup) {
            Some(
                e.field("exceptions")
                    .and_then(|t| crate::types::tuple::as_tuple(&t).map(|t| t.to_vec()))
                    .unwrap_or_default(),
            )
        } else {
            None
        };
        let unseen = |v: &Value, seen: &Vec<usize>| match v.obj() {
            Some(o) => as_exc(o).is_some() && !seen.contains(&o.addr()),
            None => false,
        };
        let cause = if unseen(&cause_v, &seen) {
            Some(new_node(&mut nodes, &mut seen, &cause_v, opts))
        } else {
            None
        };
        let need_context = !opts.compact || (cause.is_none() && !suppress);
        let context = if need_context && unseen(&context_v, &seen) {
            Some(new_node(&mut nodes, &mut seen, &context_v, opts))
        } else {
            None
        };
        let exceptions = members.map(|m| {
            m.iter()
                .map(|x| new_node(&mut nodes, &mut seen, x, opts))
                .collect::<Vec<_>>()
        });
        nodes[i].cause = cause;
        nodes[i].context = context;
        queue.extend(cause);
        queue.extend(context);
        if let Some(ex) = &exceptions {
            queue.extend(ex.iter().copied());
        }
        nodes[i].exceptions = exceptions;
    }
    nodes
}

struct Ctx {
    depth: usize,
    need_close: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Add `text` to `out`, every line prefixed with the group margin when inside a group.
    fn emit(&self, out: &mut Vec<String>, text: &str, margin: char) {
        if self.depth == 0 {
            out.push(text.to_string());
            return;
        }
        let prefix = format!("{}{} ", self.indent(), margin);
        let mut s = String::with_capacity(text.len() + prefix.len());
        for line in text.split_inclusive('\n') {
            s.push_str(&prefix);
            s.push_str(line);
        }
        out.push(s);
    }
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

fn format_node(
    vm: &Vm,
    nodes: &[Node],
    idx: usize,
    opts: &Options,
    ctx: &mut Ctx,
    out: &mut Vec<String>,
) {
    let mut chain: Vec<(Option<&str>, usize)> = Vec::new();
    let mut cur = Some(idx);
    while let Some(i) = cur {
        let n = &nodes[i];
        if !opts.chain {
            chain.push((None, i));
            break;
        }
        let (msg, next) = if let Some(c) = n.cause {
            (Some(CAUSE_MESSAGE), Some(c))
        } else if let Some(c) = n.context.filter(|_| !n.suppress) {
            (Some(CONTEXT_MESSAGE), Some(c))
        } else {
            (None, None)
        };
        chain.push((msg, i));
        cur = next;
    }
    for &(msg, i) in chain.iter().rev() {
        if let Some(m) = msg {
            ctx.emit(out, m, '|');
        }
        let n = &nodes[i];
        match &n.exceptions {
            None => {
                if !n.stack.is_empty() {
                    ctx.emit(out, "Traceback (most recent call last):\n", '|');
                    for f in format_stack(vm, &n.stack) {
                        ctx.emit(out, &f, '|');
                    }
                }
                for l in exception_only(vm, &n.exc, false, 0) {
                    ctx.emit(out, &l, '|');
                }
            }
            Some(_) if ctx.depth > opts.max_group_depth => {
                ctx.emit(
                    out,
                    &format!("... (max_group_depth is {})\n", opts.max_group_depth),
                    '|',
                );
            }
            Some(members) => {
                let toplevel = ctx.depth == 0;
                if toplevel {
                    ctx.depth += 1;
                }
                if !n.stack.is_empty() {
                    ctx.emit(
                        out,
                        "Exception Group Traceback (most recent call last):\n",
                        if toplevel { '+' } else { '|' },
                    );
                    for f in format_stack(vm, &n.stack) {
                        ctx.emit(out, &f, '|');
                    }
                }
                for l in exception_only(vm, &n.exc, false, 0) {
                    ctx.emit(out, &l, '|');
                }
                let total = members.len();
                let shown = if total <= opts.max_group_width {
                    total
                } else {
                    opts.max_group_width + 1
                };
                ctx.need_close = false;
                for k in 0..shown {
                    let last = k + 1 == shown;
                    if last {
                        ctx.need_close = true;
                    }
                    let truncated = k >= opts.max_group_width;
                    let title = if truncated {
                        "...".to_string()
                    } else {
                        (k + 1).to_string()
                    };
                    out.push(format!(
                        "{}{}+---------------- {} ----------------\n",
                        ctx.indent(),
                        if k == 0 { "+-" } else { "  " },
                        title
                    ));
                    ctx.depth += 1;
                    if !truncated {
                        if let Some(&m) = members.get(k) {
                            // Nesting is bounded by the recursion limit.
                            if vm.enter().is_ok() {
                                format_node(vm, nodes, m, opts, ctx, out);
                                vm.leave();
                            }
                        }
                    } else {
                        let remaining = total - opts.max_group_width;
                        ctx.emit(
                            out,
                            &format!(
                                "and {} more exception{}\n",
                                remaining,
                                if remaining > 1 { "s" } else { "" }
                            ),
                            '|',
                        );
                    }
                    if last && ctx.need_close {
                        out.push(format!(
                            "{}+------------------------------------\n",
                            ctx.indent()
                        ));
                        ctx.need_close = false;
                    }
                    ctx.depth -= 1;
                }
                if toplevel {
                    ctx.depth = 0;
                }
            }
        }
    }
}

/// The report of an exception as a list of chunks (`traceback.format_exception`).
pub fn format_exception_chunks(vm: &Vm, exc: &Value, opts: &Options) -> Vec<String> {
    let nodes = build(exc, opts);
    let mut out = Vec::new();
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
    };
    format_node(vm, &nodes, 0, opts, &mut ctx, &mut out);
    out
}

/// The traceback entries of an exception as formatted chunks (`traceback.format_tb`).
pub fn format_tb_chunks(vm: &Vm, entries: &[TbEntry]) -> Vec<String> {
    format_stack(vm, entries)
}

/// The report of an uncaught exception as CPython prints it.
pub fn format_exception_text(vm: &Vm, exc: &Value) -> PyResult<String> {
    Ok(format_exception_chunks(vm, exc, &Options::default()).concat())
}

/// Print an uncaught exception (with its chain) to stderr. `sys.tracebacklimit` keeps the
/// innermost entries of each traceback.
pub fn print_exception(vm: &Vm, exc: &Value) {
    let mut opts = Options::default();
    if let Some(Value::Int(n)) = vm.module_attr("sys", "tracebacklimit") {
        opts.limit = Some(if n > 0 { -n } else { 0 });
    }
    let text = format_exception_chunks(vm, exc, &opts).concat();
    crate::modules::spindle_traceback::write_stderr(vm, &text);
}

/// The position information of an entry: (line, end_line, col, end_col) with byte columns.
pub fn entry_positions(entry: &TbEntry) -> Option<(u32, u32, u32, u32)> {
    let code = as_code(&entry.code)?;
    let loc = code.code.location(entry.pc as usize);
    Some((loc.line, loc.end_line, loc.col, loc.end_col))
}

/// `(filename, name)` of an entry's code.
pub fn entry_names(entry: &TbEntry) -> Option<(Value, Value)> {
    let code = as_code(&entry.code)?;
    Some((new_str(&code.code.filename), new_str(&code.code.name)))
}
