//! The disassembler behind `spindle --dis FILE`: a readable listing of a code object and, after
//! it, of every code object among its constants.

use crate::code::{CodeObject, Constant};
use crate::opcodes::{BinOp, CmpOp, Instr, Opcode, UnOp};
use std::fmt::Write;

/// `LoadFast` -> `LOAD_FAST`.
pub fn screaming_name(op: Opcode) -> String {
    let mut out = String::new();
    for (i, ch) in op.name().chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_uppercase());
    }
    out
}

fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex(r, i) => format!("({r:?}+{i:?}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}

fn arg_note(code: &CodeObject, ins: &Instr) -> String {
    let i = ins.arg as usize;
    let name = |v: &[std::sync::Arc<str>]| v.get(i).map(|s| s.to_string()).unwrap_or_default();
    match ins.op {
        Opcode::LoadConst | Opcode::ReturnConst => {
            code.constants.get(i).map(const_repr).unwrap_or_default()
        }
        Opcode::LoadFast | Opcode::StoreFast | Opcode::DeleteFast => name(&code.varnames),
        Opcode::LoadDeref | Opcode::StoreDeref | Opcode::DeleteDeref | Opcode::LoadClosure => {
            let cells: Vec<_> = code
                .cellvars
                .iter()
                .chain(code.freevars.iter())
                .cloned()
                .collect();
            name(&cells)
        }
        Opcode::LoadGlobal
        | Opcode::StoreGlobal
        | Opcode::DeleteGlobal
        | Opcode::LoadName
        | Opcode::StoreName
        | Opcode::DeleteName
        | Opcode::LoadAttr
        | Opcode::LoadMethod
        | Opcode::StoreAttr
        | Opcode::DeleteAttr
        | Opcode::ImportName
        | Opcode::ImportFrom => name(&code.names),
        Opcode::BinaryOp => BinOp::from_arg(ins.arg)
            .map(|o| o.symbol().to_string())
            .unwrap_or_default(),
        Opcode::UnaryOp => UnOp::from_arg(ins.arg)
            .map(|o| o.symbol().to_string())
            .unwrap_or_default(),
        Opcode::CompareOp => CmpOp::from_arg(ins.arg)
            .map(|o| o.symbol().to_string())
            .unwrap_or_default(),
        _ if ins.op.jump_effect(ins.arg).is_some() => format!("to {}", ins.arg),
        _ => String::new(),
    }
}

/// Disassemble `code` and its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(&mut out, code);
    out
}

fn write_code(out: &mut String, code: &CodeObject) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at {}:{}> (stack {}, caches {}):",
        code.qualname, code.filename, code.first_line, code.max_stack, code.cache_count
    );
    let mut last_line = 0;
    for (pc, ins) in code.instructions.iter().enumerate() {
        let line = code.location(pc).line;
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>5}")
        } else {
            "     ".to_string()
        };
        let note = arg_note(code, ins);
        let has_arg = ins.op.jump_effect(ins.arg).is_some() || ins.arg != 0 || !note.is_empty();
        let arg = if has_arg {
            ins.arg.to_string()
        } else {
            String::new()
        };
        let note = if note.is_empty() {
            note
        } else {
            format!("({note})")
        };
        let _ = writeln!(
            out,
            "{line_col} {pc:>6} {:<22} {arg:>5} {note}",
            screaming_name(ins.op)
        );
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.handler, e.depth
            );
        }
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            let _ = writeln!(out);
            write_code(out, inner);
        }
    }
}
