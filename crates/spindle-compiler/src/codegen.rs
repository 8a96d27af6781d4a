//! Code generation: walks the AST with the symbol table and emits [`CodeObject`]s.
//!
//! Each function-like scope is compiled by its own [`Unit`]. Jumps are emitted against labels and
//! patched when the unit is finished; the exception table is derived from the handler that was
//! active when each instruction was emitted; the maximum stack depth and the depth of each
//! handler come from one flow analysis over the finished instructions ([`Unit::finish`]).

use crate::error::{CompileError, ErrorKind};
use crate::lines::LineIndex;
use crate::symtable::{self, NameScope, ScopeKind, SymbolTable};
use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use spindle_bytecode::opcodes::{MakeFunctionFlags, NO_CACHE};
use spindle_bytecode::{
    BinOp, CmpOp, CodeFlags, CodeObject, Constant, ExceptionEntry, Instr, Location, Opcode, UnOp,
};
use std::collections::HashMap;
use std::sync::Arc;

#[path = "codegen_async.rs"]
mod codegen_async;
#[path = "codegen_except_star.rs"]
mod codegen_except_star;
#[path = "codegen_match.rs"]
mod codegen_match;
#[path = "codegen_with.rs"]
mod codegen_with;

/// What kind of source is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` string: statements, returns None.
    Exec,
    /// An `eval` string: one expression, returns its value.
    Eval,
}

type Result<T> = std::result::Result<T, CompileError>;

/// Compile a source text into a module code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>> {
    let stmts: Vec<Stmt>;
    let eval_expr: Option<Expr>;
    match mode {
        Mode::Exec => {
            let parsed = ruff_python_parser::parse_module(source)
                .map_err(|e| CompileError::from_parse(&e, source))?;
            stmts = parsed.into_syntax().body.into_iter().collect();
            eval_expr = None;
        }
        Mode::Eval => {
            let parsed =
                ruff_python_parser::parse_expression(source.trim_start_matches([' ', '\t']))
                    .map_err(|e| CompileError::from_parse(&e, source))?;
            let e = *parsed.into_syntax().body;
            let wrapper = Stmt::Expr(ast::StmtExpr {
                node_index: Default::default(),
                range: e.range(),
                value: Box::new(e.clone()),
            });
            stmts = vec![wrapper];
            eval_expr = Some(e);
        }
    }
    let table = symtable::build(&stmts)?;
    let mut c = Compiler {
        table: &table,
        source,
        filename: Arc::from(filename),
        lines: LineIndex::new(source),
        units: Vec::new(),
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    match eval_expr {
        Some(e) => {
            // Compile the expression held by the wrapper (the table keys on its address).
            let Stmt::Expr(w) = &stmts[0] else {
                unreachable!()
            };
            let _ = e;
            c.expr(&w.value)?;
            c.emit(Opcode::ReturnValue, 0);
        }
        None => {
            c.module_docstring(&stmts);
            c.setup_annotations(&stmts);
            c.body(&stmts)?;
            let none = c.unit().add_const(Constant::None);
            c.emit(Opcode::ReturnConst, none);
        }
    }
    let unit = c.units.pop().ok_or_else(|| internal("no unit"))?;
    Ok(Arc::new(unit.finish(&c.filename)?))
}

fn internal(msg: &str) -> CompileError {
    CompileError::new(
        ErrorKind::Syntax,
        format!("internal compiler error: {msg}"),
        TextRange::default(),
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

/// A control-flow block that `break`, `continue` and `return` must unwind through.
#[derive(Clone)]
enum FBlock<'a> {
    /// A loop; `for` loops keep their iterator on the stack.
    Loop {
        start: Label,
        exit: Label,
        is_for: bool,
    },
    /// The body of a `try` whose `finally` must run when leaving early; the handler depth records
    /// how many handler regions were active outside it.
    FinallyTry { body: &'a [Stmt], handlers: usize },
    /// Inside an `except` body: the previous handled exception is on the stack.
    HandlerCleanup {
        name: Option<String>,
        handlers: usize,
    },
    /// Inside the exceptional path of `finally`: `prev_exc exc` are on the stack.
    FinallyEnd { handlers: usize },
    /// The body of a `try` with `except` clauses (nothing to undo).
    TryExcept { handlers: usize },
    /// The body of a `with` item: `exit self` are on the stack; leaving early calls
    /// `exit(None, None, None)` at `loc` (see `codegen_with.rs`).
    With { handlers: usize, loc: Location },
    /// The body of an `async with` item (see `codegen_async.rs`).
    AsyncWith { handlers: usize, loc: Location },
}

/// An active exception handler region: exceptions go to `label` with the stack depth that the
/// instruction at `anchor` had, plus `extra`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Handler {
    label: Label,
    anchor: u32,
    extra: u32,
}

struct Unit<'a> {
    scope: usize,
    name: String,
    qualname: String,
    first_line: u32,
    instrs: Vec<Instr>,
    locs: Vec<Location>,
    handler_of: Vec<Option<Handler>>,
    consts: Vec<Constant>,
    names: Vec<Arc<str>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    loc: Location,
    handlers: Vec<Handler>,
    fblocks: Vec<FBlock<'a>>,
    flags: CodeFlags,
    arg_count: u32,
    posonly: u32,
    kwonly: u32,
    docstring: Option<Arc<str>>,
    /// For a class body: the names stored as `self.NAME` in the functions nested in it
    /// (`__static_attributes__`).
    static_attrs: Option<Vec<String>>,
}

impl<'a> Unit<'a> {
    fn add_const(&mut self, c: Constant) -> u32 {
        if let Some(i) = self.consts.iter().position(|x| const_identical(x, &c)) {
            return i as u32;
        }
        self.consts.push(c);
        (self.consts.len() - 1) as u32
    }

    fn add_name(&mut self, name: &str) -> u32 {
        if let Some(i) = self.name_index.get(name) {
            return *i;
        }
        let i = self.names.len() as u32;
        self.names.push(Arc::from(name));
        self.name_index.insert(name.to_string(), i);
        i
    }

    fn varname(&mut self, name: &str) -> u32 {
        if let Some(i) = self.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        self.varnames.push(name.to_string());
        (self.varnames.len() - 1) as u32
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }

    /// Patch jumps, build the exception table, compute stack depths.
    fn finish(self, filename: &Arc<str>) -> Result<CodeObject> {
        let mut instrs = self.instrs;
        let label_pos = |l: u32| -> Result<u32> {
            self.labels
                .get(l as usize)
                .copied()
                .flatten()
                .ok_or_else(|| internal("unplaced label"))
        };
        for ins in instrs.iter_mut() {
            if ins.op.jump_effect(ins.arg).is_some() {
                ins.arg = label_pos(ins.arg)?;
            }
        }
        // Inline-cache slots.
        let mut cache_count: u32 = 0;
        for ins in instrs.iter_mut() {
            let n = ins.op.cache_slots();
            if n > 0 && cache_count + n < NO_CACHE as u32 {
                ins.cache = cache_count as u16;
                cache_count += n;
            }
        }
        // Stack depth flow analysis.
        let n = instrs.len();
        let mut depth: Vec<i32> = vec![-1; n + 1];
        let mut work: Vec<(usize, i32)> = vec![(0, 0)];
        let mut max_depth = 0i32;
        let handler_pos: Vec<Option<(u32, Handler)>> = self
            .handler_of
            .iter()
            .map(|h| h.and_then(|h| label_pos(h.label.0).ok().map(|p| (p, h))))
            .collect();
        while let Some((pc, d)) = work.pop() {
            if pc >= n {
                continue;
            }
            if depth[pc] >= 0 {
                continue;
            }
            depth[pc] = d;
            max_depth = max_depth.max(d);
            let ins = instrs[pc];
            if let Some(Some((hpos, h))) = handler_pos.get(pc) {
                let base = depth.get(h.anchor as usize).copied().unwrap_or(-1);
                if base >= 0 {
                    let hd = base + h.extra as i32 + 1;
                    max_depth = max_depth.max(hd);
                    work.push((*hpos as usize, hd));
                }
            }
            let after = d + ins.op.stack_effect(ins.arg);
            max_depth = max_depth.max(after).max(d + 1);
            if let Some(j) = ins.op.jump_effect(ins.arg) {
                work.push((ins.arg as usize, d + j));
            }
            let terminal = matches!(
                ins.op,
                Opcode::Jump
                    | Opcode::JumpBackward
                    | Opcode::ReturnValue
                    | Opcode::ReturnConst
                    | Opcode::RaiseVarargs
                    | Opcode::Reraise
            );
            if !terminal {
                work.push((pc + 1, after));
            }
        }
        // Exception table: merge runs of instructions with the same handler.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut pc = 0usize;
        while pc < n {
            let Some(Some((hpos, h))) = handler_pos.get(pc).copied() else {
                pc += 1;
                continue;
            };
            let start = pc;
            while pc < n && handler_pos.get(pc).copied().flatten() == Some((hpos, h)) {
                pc += 1;
            }
            let base = depth.get(h.anchor as usize).copied().unwrap_or(0).max(0);
            table.push(ExceptionEntry {
                start: start as u32,
                end: pc as u32,
                handler: hpos,
                depth: base as u32 + h.extra,
            });
        }
        let cell_params: Vec<(u32, u32)> = self
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                self.varnames
                    .iter()
                    .position(|v| v == name)
                    .map(|vi| (ci as u32, vi as u32))
            })
            .collect();
        Ok(CodeObject {
            name: Arc::from(self.name.as_str()),
            qualname: Arc::from(self.qualname.as_str()),
            filename: filename.clone(),
            first_line: self.first_line,
            instructions: instrs,
            locations: self.locs,
            constants: self.consts,
            names: self.names,
            varnames: self
                .varnames
                .iter()
                .map(|s| Arc::from(s.as_str()))
                .collect(),
            cellvars: self
                .cellvars
                .iter()
                .map(|s| Arc::from(s.as_str()))
                .collect(),
            freevars: self
                .freevars
                .iter()
                .map(|s| Arc::from(s.as_str()))
                .collect(),
            cell_params,
            arg_count: self.arg_count,
            posonly_arg_count: self.posonly,
            kwonly_arg_count: self.kwonly,
            flags: self.flags,
            max_stack: max_depth.max(0) as u32 + 1,
            cache_count,
            exception_table: table,
            docstring: self.docstring,
        })
    }
}

fn const_identical(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::None, Constant::None) => true,
        (Constant::Code(x), Constant::Code(y)) => Arc::ptr_eq(x, y),
        _ => false,
    }
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    source: &'a str,
    filename: Arc<str>,
    lines: LineIndex,
    units: Vec<Unit<'a>>,
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len();
        &mut self.units[n - 1]
    }

    /// `self.attr = ...`: record `attr` in the innermost enclosing class's static attributes.
    fn note_static_attr(&mut self, a: &ast::ExprAttribute) {
        let Expr::Name(n) = a.value.as_ref() else {
            return;
        };
        if n.id.as_str() != "self" {
            return;
        }
        let n = self.units.len();
        let outer = self
            .units
            .get_mut(..n.saturating_sub(1))
            .unwrap_or_default();
        if let Some(set) = outer.iter_mut().rev().find_map(|u| u.static_attrs.as_mut()) {
            let name = a.attr.id.as_str();
            if !set.iter().any(|x| x == name) {
                set.push(name.to_string());
            }
        }
    }

    fn scope(&self) -> &'a symtable::Scope {
        let table: &'a SymbolTable = self.table;
        let idx = self.units.last().map(|u| u.scope).unwrap_or(0);
        &table.scopes[idx]
    }

    fn push_unit(&mut self, scope: usize, name: String, qualname: String, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut unit = Unit {
            scope,
            name,
            qualname,
            first_line,
            instrs: Vec::new(),
            locs: Vec::new(),
            handler_of: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            labels: Vec::new(),
            loc: Location {
                line: first_line,
                end_line: first_line,
                ..Default::default()
            },
            handlers: Vec::new(),
            fblocks: Vec::new(),
            flags: CodeFlags {
                generator: s.is_generator,
                coroutine: s.is_coroutine,
                uses_namespace: s.kind == ScopeKind::Class,
                ..Default::default()
            },
            arg_count: 0,
            posonly: 0,
            kwonly: 0,
            docstring: None,
            static_attrs: (s.kind == ScopeKind::Class).then(Vec::new),
        };
        for l in s.locals() {
            unit.varname(&l);
        }
        self.units.push(unit);
    }

    fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.lines.position(range.start().into());
        let (end_line, end_col) = self.lines.position(range.end().into());
        Location {
            line,
            end_line,
            col,
            end_col,
            anchor_col: 0,
            anchor_end_col: 0,
        }
    }

    fn set_loc(&mut self, range: TextRange) -> Location {
        let loc = self.location(range);
        std::mem::replace(&mut self.unit().loc, loc)
    }

    /// Mark the `^` part of the current location: from byte offset `start` to `end`.
    fn set_anchor(&mut self, start: usize, end: usize) {
        let (l1, c1) = self.lines.position(start as u32);
        let (_, c2) = self.lines.position(end as u32);
        let u = self.unit();
        if l1 == u.loc.line && u.loc.end_line == u.loc.line {
            u.loc.anchor_col = c1;
            u.loc.anchor_end_col = c2;
        }
    }

    /// The first non-space, non-`)` byte offset at or after `from` (an operator's position).
    fn skip_to_operator(&self, from: usize, to: usize) -> usize {
        let bytes = self.source.as_bytes();
        let mut i = from;
        while i < to {
            match bytes.get(i) {
                Some(b' ' | b'\t' | b')' | b'\n' | b'\\' | b'\r') => i += 1,
                _ => break,
            }
        }
        i
    }

    fn emit(&mut self, op: Opcode, arg: u32) -> u32 {
        let u = self.unit();
        u.instrs.push(Instr::new(op, arg));
        u.locs.push(u.loc);
        let h = u.handlers.last().copied();
        u.handler_of.push(h);
        (u.instrs.len() - 1) as u32
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label((u.labels.len() - 1) as u32)
    }

    fn place(&mut self, l: Label) {
        let u = self.unit();
        let pos = u.instrs.len() as u32;
        if let Some(slot) = u.labels.get_mut(l.0 as usize) {
            *slot = Some(pos);
        }
    }

    fn jump(&mut self, op: Opcode, l: Label) {
        self.emit(op, l.0);
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.unit().add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    fn err(&self, range: TextRange, msg: impl Into<String>) -> CompileError {
        CompileError::new(ErrorKind::Syntax, msg.into(), range)
    }

    // ----- names -------------------------------------------------------------------------

    fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let scope = self.scope().lookup(name);
        use ast::ExprContext::*;
        match scope {
            NameScope::Local => {
                let i = self.unit().varname(name);
                let op = match ctx {
                    Load | Invalid => Opcode::LoadFast,
                    Store => Opcode::StoreFast,
                    Del => Opcode::DeleteFast,
                };
                self.emit(op, i);
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.unit().cell_index(name).unwrap_or(0);
                let op = match ctx {
                    Load | Invalid => Opcode::LoadDeref,
                    Store => Opcode::StoreDeref,
                    Del => Opcode::DeleteDeref,
                };
                self.emit(op, i);
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let i = self.unit().add_name(name);
                let uses_ns = self.unit().flags.uses_namespace;
                let op = match (ctx, uses_ns && scope == NameScope::GlobalImplicit) {
                    (Load | Invalid, false) => Opcode::LoadGlobal,
                    (Load | Invalid, true) => Opcode::LoadName,
                    (Store, _) => Opcode::StoreGlobal,
                    (Del, _) => Opcode::DeleteGlobal,
                };
                self.emit(op, i);
            }
            _ => {
                // Private names in a class body are mangled like attributes.
                let mangled = if self.scope().kind == ScopeKind::Class {
                    self.mangle(name)
                } else {
                    name.to_string()
                };
                let i = self.unit().add_name(&mangled);
                let op = match ctx {
                    Load | Invalid => Opcode::LoadName,
                    Store => Opcode::StoreName,
                    Del => Opcode::DeleteName,
                };
                self.emit(op, i);
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Store);
    }

    // ----- statements ----------------------------------------------------------------------

    fn module_docstring(&mut self, body: &[Stmt]) {
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(s) = e.value.as_ref() {
                let doc: Arc<str> = Arc::from(s.value.to_str());
                self.unit().docstring = Some(doc.clone());
            }
        }
    }

    fn body(&mut self, body: &'a [Stmt]) -> Result<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<()> {
        let saved = self.set_loc(s.range());
        // Statement locations cover the first line only for compound statements.
        match s {
            Stmt::Expr(e) => {
                if let Expr::StringLiteral(_) = e.value.as_ref() {
                    // A bare string statement (docstring or comment-like): no code.
                } else {
                    self.expr(&e.value)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            Stmt::Pass(_) => {
                self.emit(Opcode::Nop, 0);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                // In module and class bodies, `x: T` records T in `__annotations__`.
                let in_namespace =
                    matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class);
                if let (true, true, Expr::Name(n)) = (in_namespace, a.simple, a.target.as_ref()) {
                    self.expr(&a.annotation)?;
                    let ni = self.unit().add_name("__annotations__");
                    self.emit(Opcode::LoadName, ni);
                    let m = self.mangle(n.id.as_str());
                    self.load_const(Constant::Str(Arc::from(m.as_str())));
                    self.emit(Opcode::StoreSubscr, 0);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) if f.is_async => self.async_for(f)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(b.range, true)?,
            Stmt::Continue(c) => self.break_continue(c.range, false)?,
            Stmt::Return(r) => match &r.value {
                Some(v) => {
                    self.check_async_return(r)?;
                    self.expr(v)?;
                    self.unwind_fblocks(true)?;
                    self.set_loc(r.range);
                    self.emit(Opcode::ReturnValue, 0);
                }
                None => {
                    self.unwind_fblocks(false)?;
                    self.set_loc(r.range);
                    let none = self.unit().add_const(Constant::None);
                    self.emit(Opcode::ReturnConst, none);
                }
            },
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(r.range);
                self.emit(Opcode::RaiseVarargs, n);
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() && t.is_star {
                    self.try_star(t)?;
                } else if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.emit(Opcode::PushNull, 0);
                    self.expr(m)?;
                    self.emit(Opcode::Call, 1);
                }
                self.set_loc(a.test.range());
                self.emit(Opcode::RaiseVarargs, 1);
                self.place(end);
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.set_loc(i.range);
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let full = alias.name.id.as_str();
                    let ni = self.unit().add_name(full);
                    self.emit(Opcode::ImportName, ni);
                    match &alias.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = full.split('.').collect();
                            if parts.len() > 1 {
                                for p in &parts[1..] {
                                    let pi = self.unit().add_name(p);
                                    self.emit(Opcode::ImportFrom, pi);
                                    self.emit(Opcode::Swap, 2);
                                    self.emit(Opcode::PopTop, 0);
                                }
                            }
                            self.store_name(asname.id.as_str());
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.store_name(top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::Int(i.level as i64));
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(Arc::from(a.name.id.as_str())))
                    .collect();
                self.load_const(Constant::Tuple(names.into()));
                let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                let mi = self.unit().add_name(module);
                self.emit(Opcode::ImportName, mi);
                for alias in &i.names {
                    if alias.name.id.as_str() == "*" {
                        self.emit(Opcode::ImportStar, 0);
                        self.unit().loc = saved;
                        return Ok(());
                    }
                    let ni = self.unit().add_name(alias.name.id.as_str());
                    self.emit(Opcode::ImportFrom, ni);
                    let target = alias.asname.as_ref().unwrap_or(&alias.name).id.as_str();
                    self.store_name(target);
                }
                self.emit(Opcode::PopTop, 0);
            }
            Stmt::With(w) if w.is_async => self.async_with(w)?,
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => {
                return Err(self.err(t.range, "'type' statements are not supported yet"));
            }
            Stmt::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        }
        self.unit().loc = saved;
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Result<()> {
        let op = binop(a.op).inplace() as u32;
        match a.target.as_ref() {
            Expr::Name(n) => {
                let saved = self.set_loc(n.range);
                self.name_op(n.id.as_str(), ast::ExprContext::Load);
                self.unit().loc = saved;
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.name_op(n.id.as_str(), ast::ExprContext::Store);
            }
            Expr::Attribute(at) => {
                self.note_static_attr(at);
                self.expr(&at.value)?;
                self.emit(Opcode::Copy, 1);
                let ni = self.unit().add_name(at.attr.id.as_str());
                self.set_loc(at.range);
                self.emit(Opcode::LoadAttr, ni);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreAttr, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.set_loc(s.range);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
            }
            other => {
                let what = match other {
                    Expr::Tuple(_) => "tuple",
                    Expr::List(_) => "list",
                    Expr::Starred(_) => "starred",
                    Expr::Call(_) => "function call",
                    Expr::Lambda(_) => "lambda",
                    Expr::Compare(_) => "comparison",
                    Expr::If(_) => "conditional expression",
                    Expr::Named(_) => "named expression",
                    Expr::Dict(_) => "dict literal",
                    Expr::Set(_) => "set display",
                    Expr::ListComp(_) => "list comprehension",
                    Expr::SetComp(_) => "set comprehension",
                    Expr::DictComp(_) => "dict comprehension",
                    Expr::Generator(_) => "generator expression",
                    Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
                    Expr::Await(_) => "await expression",
                    Expr::FString(_) => "f-string expression",
                    Expr::NoneLiteral(_) => "None",
                    Expr::BooleanLiteral(b) => {
                        if b.value {
                            "True"
                        } else {
                            "False"
                        }
                    }
                    Expr::EllipsisLiteral(_) => "ellipsis",
                    Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => {
                        "literal"
                    }
                    _ => "expression",
                };
                return Err(self.err(
                    other.range(),
                    format!("'{what}' is an illegal expression for augmented assignment"),
                ));
            }
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr) -> Result<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.note_static_attr(a);
                self.expr(&a.value)?;
                let ni = {
                    let m = self.mangle(a.attr.id.as_str());
                    self.unit().add_name(&m)
                };
                let saved = self.set_loc(a.range);
                self.emit(Opcode::StoreAttr, ni);
                self.unit().loc = saved;
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let saved = self.set_loc(s.range);
                self.emit(Opcode::StoreSubscr, 0);
                self.unit().loc = saved;
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t.range())?;
            }
            Expr::Starred(s) => {
                return Err(self.err(
                    s.range,
                    "starred assignment target must be in a list or tuple",
                ))
            }
            other => return Err(self.err(other.range(), "cannot assign to expression")),
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], range: TextRange) -> Result<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        let saved = self.set_loc(range);
        match star {
            None => {
                self.emit(Opcode::UnpackSequence, elts.len() as u32);
            }
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(self.err(range, "multiple starred expressions in assignment"));
                }
                let after = elts.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(
                        self.err(range, "too many expressions in star-unpacking assignment")
                    );
                }
                self.emit(Opcode::UnpackEx, (i as u32) | ((after as u32) << 8));
            }
        }
        self.unit().loc = saved;
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> Result<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = {
                    let m = self.mangle(a.attr.id.as_str());
                    self.unit().add_name(&m)
                };
                self.emit(Opcode::DeleteAttr, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let saved = self.set_loc(s.range);
                self.emit(Opcode::DeleteSubscr, 0);
                self.unit().loc = saved;
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.err(other.range(), "cannot delete expression")),
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> Result<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(Opcode::Jump, end);
            self.place(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.set_loc(test.range());
                self.jump_if(test, false, next)?;
            }
            self.body(&clause.body)?;
        }
        self.place(next);
        self.place(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> Result<()> {
        let start = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.place(start);
        let always = matches!(w.test.as_ref(), Expr::BooleanLiteral(b) if b.value);
        if !always {
            self.jump_if(&w.test, false, orelse)?;
        }
        self.unit().fblocks.push(FBlock::Loop {
            start,
            exit,
            is_for: false,
        });
        self.body(&w.body)?;
        self.unit().fblocks.pop();
        self.set_loc(w.test.range());
        self.jump(Opcode::JumpBackward, start);
        self.place(orelse);
        self.body(&w.orelse)?;
        self.place(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> Result<()> {
        let start = self.new_label();
        let done = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.set_loc(f.iter.range());
        self.emit(Opcode::GetIter, 0);
        self.place(start);
        self.jump(Opcode::ForIter, done);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            start,
            exit,
            is_for: true,
        });
        self.body(&f.body)?;
        self.unit().fblocks.pop();
        self.set_loc(f.iter.range());
        self.jump(Opcode::JumpBackward, start);
        self.place(done);
        self.body(&f.orelse)?;
        self.place(exit);
        Ok(())
    }

    fn break_continue(&mut self, range: TextRange, is_break: bool) -> Result<()> {
        // Find the innermost loop, unwinding the blocks in between.
        let depth = self.unit().fblocks.len();
        let mut loop_at = None;
        for i in (0..depth).rev() {
            if let FBlock::Loop { .. } = self.unit().fblocks[i] {
                loop_at = Some(i);
                break;
            }
        }
        let Some(at) = loop_at else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.err(range, what));
        };
        let saved_blocks: Vec<FBlock<'a>> = self.unit().fblocks.drain(at + 1..).collect();
        let saved_handlers = self.unit().handlers.clone();
        for b in saved_blocks.iter().rev() {
            self.unwind_one(b, false)?;
        }
        self.set_loc(range);
        let (start, exit, is_for) = match self.unit().fblocks[at] {
            FBlock::Loop {
                start,
                exit,
                is_for,
            } => (start, exit, is_for),
            _ => return Err(internal("loop block")),
        };
        if is_break {
            if is_for {
                self.emit(Opcode::PopTop, 0);
            }
            self.jump(Opcode::Jump, exit);
        } else {
            self.jump(Opcode::JumpBackward, start);
        }
        self.unit().handlers = saved_handlers;
        self.unit().fblocks.extend(saved_blocks);
        Ok(())
    }

    /// Unwind every block before a `return` (the return value is on top when `preserve_tos`).
    fn unwind_fblocks(&mut self, preserve_tos: bool) -> Result<()> {
        let saved_blocks: Vec<FBlock<'a>> = std::mem::take(&mut self.unit().fblocks);
        let saved_handlers = self.unit().handlers.clone();
        for i in (0..saved_blocks.len()).rev() {
            // While block i is unwound, the blocks outside it stay active.
            self.unit().fblocks = saved_blocks[..i].to_vec();
            self.unwind_one(&saved_blocks[i], preserve_tos)?;
        }
        self.unit().fblocks = saved_blocks;
        self.unit().handlers = saved_handlers;
        Ok(())
    }

    fn unwind_one(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> Result<()> {
        match b {
            FBlock::Loop { is_for, .. } => {
                if *is_for {
                    if preserve_tos {
                        self.emit(Opcode::Swap, 2);
                    }
                    self.emit(Opcode::PopTop, 0);
                }
            }
            FBlock::TryExcept { handlers } => {
                self.unit().handlers.truncate(*handlers);
            }
            FBlock::FinallyTry { body, handlers } => {
                self.unit().handlers.truncate(*handlers);
                let saved = self.unit().loc;
                self.body(body)?;
                self.unit().loc = saved;
            }
            FBlock::HandlerCleanup { name, handlers } => {
                self.unit().handlers.truncate(*handlers);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.store_name(n);
                    self.name_op(n, ast::ExprContext::Del);
                }
            }
            FBlock::With { handlers, loc } => {
                self.unwind_with(*handlers, *loc, preserve_tos, false)?
            }
            FBlock::AsyncWith { handlers, loc } => {
                self.unwind_with(*handlers, *loc, preserve_tos, true)?
            }
            FBlock::FinallyEnd { handlers } => {
                self.unit().handlers.truncate(*handlers);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopExcept, 0);
            }
        }
        Ok(())
    }

    fn push_handler(&mut self, label: Label, anchor: u32, extra: u32) -> usize {
        let u = self.unit();
        let n = u.handlers.len();
        u.handlers.push(Handler {
            label,
            anchor,
            extra,
        });
        n
    }

    fn pop_handler(&mut self) {
        self.unit().handlers.pop();
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> Result<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let anchor = self.emit(Opcode::Nop, 0);
        let outer = self.push_handler(handler, anchor, 0);
        self.unit()
            .fblocks
            .push(FBlock::TryExcept { handlers: outer });
        self.body(&t.body)?;
        self.unit().fblocks.pop();
        self.pop_handler();
        self.body(&t.orelse)?;
        self.jump(Opcode::Jump, end);
        // The handler: [.. exc]
        self.place(handler);
        self.emit(Opcode::PushExcInfo, 0);
        let outer_c = self.push_handler(cleanup, anchor, 1);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Opcode::CheckExcMatch, 0);
                    self.jump(Opcode::PopJumpIfFalse, next);
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return Err(self.err(h.range, "default 'except:' must be last"));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    let name = name.id.as_str();
                    self.store_name(name);
                    let name_cleanup = self.new_label();
                    let cur = self.unit().instrs.len() as u32;
                    let _ = cur;
                    let inner = self.push_handler(name_cleanup, anchor, 1);
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        name: Some(name.to_string()),
                        handlers: outer_c,
                    });
                    let _ = inner;
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_handler();
                    self.emit(Opcode::PopExcept, 0);
                    self.load_const(Constant::None);
                    self.store_name(name);
                    self.name_op(name, ast::ExprContext::Del);
                    self.jump(Opcode::Jump, end);
                    // Exception inside the body: [.. prev exc2] -> clear the name, re-raise.
                    self.place(name_cleanup);
                    self.load_const(Constant::None);
                    self.store_name(name);
                    self.name_op(name, ast::ExprContext::Del);
                    self.jump(Opcode::Jump, cleanup);
                }
                None => {
                    self.emit(Opcode::PopTop, 0);
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        name: None,
                        handlers: outer_c,
                    });
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Opcode::PopExcept, 0);
                    self.jump(Opcode::Jump, end);
                }
            }
            self.unit().loc = saved;
            self.place(next);
        }
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        // Cleanup: [.. prev exc2]: restore the previous handled exception and re-raise.
        self.place(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        self.place(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> Result<()> {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let anchor = self.emit(Opcode::Nop, 0);
        let outer = self.push_handler(handler, anchor, 0);
        self.unit().fblocks.push(FBlock::FinallyTry {
            body: &t.finalbody,
            handlers: outer,
        });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else if t.is_star {
            self.try_star(t)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        self.body(&t.finalbody)?;
        self.jump(Opcode::Jump, end);
        // Exceptional path: [.. exc]
        self.place(handler);
        self.emit(Opcode::PushExcInfo, 0);
        let outer_c = self.push_handler(cleanup, anchor, 1);
        self.unit()
            .fblocks
            .push(FBlock::FinallyEnd { handlers: outer_c });
        self.body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.place(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        self.place(end);
        Ok(())
    }

    // ----- functions and classes ------------------------------------------------------------

    /// Private name mangling: inside a class `C`, an attribute `__x` (not ending in `__`) is
    /// `_C__x`.
    fn mangle(&self, name: &str) -> String {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        let class = self
            .units
            .iter()
            .rev()
            .find(|u| self.table.scopes[u.scope].kind == ScopeKind::Class);
        match class {
            Some(u) => {
                let stripped = u.name.trim_start_matches('_');
                if stripped.is_empty() {
                    name.to_string()
                } else {
                    format!("_{stripped}{name}")
                }
            }
            None => name.to_string(),
        }
    }

    /// Does a module or class body annotate simple names (so it needs `__annotations__`)?
    fn has_annotations(body: &[Stmt]) -> bool {
        body.iter().any(|st| match st {
            Stmt::AnnAssign(a) => a.simple && matches!(a.target.as_ref(), Expr::Name(_)),
            Stmt::If(i) => {
                Self::has_annotations(&i.body)
                    || i.elif_else_clauses
                        .iter()
                        .any(|c| Self::has_annotations(&c.body))
            }
            Stmt::For(f) => Self::has_annotations(&f.body) || Self::has_annotations(&f.orelse),
            Stmt::While(w) => Self::has_annotations(&w.body) || Self::has_annotations(&w.orelse),
            Stmt::Try(t) => {
                Self::has_annotations(&t.body)
                    || Self::has_annotations(&t.orelse)
                    || Self::has_annotations(&t.finalbody)
            }
            Stmt::With(w) => Self::has_annotations(&w.body),
            _ => false,
        })
    }

    /// `__annotations__ = {}` at the start of a module or class body that annotates names.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if Self::has_annotations(body) {
            self.emit(Opcode::BuildMap, 0);
            let n = self.unit().add_name("__annotations__");
            self.emit(Opcode::StoreName, n);
        }
    }

    fn qualname_for(&self, name: &str) -> String {
        let Some(u) = self.units.last() else {
            return name.to_string();
        };
        let s = &self.table.scopes[u.scope];
        match s.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Push defaults/kwdefaults/annotations; returns MakeFunction flags so far.
    fn function_prelude(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
    ) -> Result<u32> {
        let mut flags = 0;
        let Some(p) = params else { return Ok(0) };
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, defaults.len() as u32);
            flags |= MakeFunctionFlags::DEFAULTS;
        }
        let kwdefaults: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                self.load_const(Constant::Str(Arc::from(*name)));
                self.expr(d)?;
            }
            self.emit(Opcode::BuildMap, kwdefaults.len() as u32);
            flags |= MakeFunctionFlags::KWDEFAULTS;
        }
        let mut ann = 0;
        for param in p.iter() {
            if let Some(a) = param.annotation() {
                self.load_const(Constant::Str(Arc::from(param.name().id.as_str())));
                self.expr(a)?;
                ann += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str(Arc::from("return")));
            self.expr(r)?;
            ann += 1;
        }
        if ann > 0 {
            self.emit(Opcode::BuildMap, ann);
            flags |= MakeFunctionFlags::ANNOTATIONS;
        }
        Ok(flags)
    }

    /// Emit closure tuple (if needed), the code constant and MakeFunction.
    fn make_function(&mut self, code: CodeObject, mut flags: u32) -> Result<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let i = self
                    .unit()
                    .cell_index(name)
                    .ok_or_else(|| internal("closure variable without a cell"))?;
                self.emit(Opcode::LoadClosure, i);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= MakeFunctionFlags::CLOSURE;
        }
        self.load_const(Constant::Code(Arc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }

    fn set_params(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let u = self.unit();
        u.posonly = p.posonlyargs.len() as u32;
        u.arg_count = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonly = p.kwonlyargs.len() as u32;
        u.flags.varargs = p.vararg.is_some();
        u.flags.varkeywords = p.kwarg.is_some();
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> Result<()> {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Opcode::PushNull, 0);
        }
        let flags = self.function_prelude(Some(&f.parameters), f.returns.as_deref())?;
        let scope = self
            .table
            .scope_for(f)
            .ok_or_else(|| internal("function scope"))?;
        let qualname = self.qualname_for(f.name.id.as_str());
        let line = self.location(f.range).line;
        self.push_unit(scope, f.name.id.to_string(), qualname, line);
        self.set_params(Some(&f.parameters));
        let mut body: &'a [Stmt] = &f.body;
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(s) = e.value.as_ref() {
                self.unit().docstring = Some(Arc::from(s.value.to_str()));
                body = &body[1..];
            }
        }
        self.body(body)?;
        let none = self.unit().add_const(Constant::None);
        self.emit(Opcode::ReturnConst, none);
        let unit = self.units.pop().ok_or_else(|| internal("unit"))?;
        let code = unit.finish(&self.filename)?;
        let saved = self.set_loc(f.range);
        self.make_function(code, flags)?;
        for _ in &f.decorator_list {
            self.emit(Opcode::Call, 1);
        }
        self.store_name(f.name.id.as_str());
        self.unit().loc = saved;
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> Result<()> {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Opcode::PushNull, 0);
        }
        self.emit(Opcode::LoadBuildClass, 0);
        self.emit(Opcode::PushNull, 0);
        let scope = self
            .table
            .scope_for(c)
            .ok_or_else(|| internal("class scope"))?;
        let qualname = self.qualname_for(c.name.id.as_str());
        let line = self.location(c.range).line;
        self.push_unit(scope, c.name.id.to_string(), qualname.clone(), line);
        let n = self.unit().add_name("__name__");
        self.emit(Opcode::LoadName, n);
        let m = self.unit().add_name("__module__");
        self.emit(Opcode::StoreName, m);
        self.load_const(Constant::Str(Arc::from(qualname.as_str())));
        let q = self.unit().add_name("__qualname__");
        self.emit(Opcode::StoreName, q);
        let first_line = self.unit().first_line;
        self.load_const(Constant::Int(i64::from(first_line)));
        let fl = self.unit().add_name("__firstlineno__");
        self.emit(Opcode::StoreName, fl);
        let mut body: &'a [Stmt] = &c.body;
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(s) = e.value.as_ref() {
                self.load_const(Constant::Str(Arc::from(s.value.to_str())));
                let d = self.unit().add_name("__doc__");
                self.emit(Opcode::StoreName, d);
                body = &body[1..];
            }
        }
        self.setup_annotations(body);
        if body.len() == c.body.len() {
            let none = self.unit().add_const(Constant::None);
            self.emit(Opcode::LoadConst, none);
            let d = self.unit().add_name("__doc__");
            self.emit(Opcode::StoreName, d);
        }
        self.body(body)?;
        let mut attrs = self.unit().static_attrs.take().unwrap_or_default();
        attrs.sort();
        let attrs: Vec<Constant> = attrs
            .iter()
            .map(|a| Constant::Str(Arc::from(a.as_str())))
            .collect();
        self.load_const(Constant::Tuple(Arc::from(attrs)));
        let sa = self.unit().add_name("__static_attributes__");
        self.emit(Opcode::StoreName, sa);
        if self.table.scopes[scope].needs_class_cell {
            let i = self.unit().cell_index("__class__").unwrap_or(0);
            self.emit(Opcode::LoadClosure, i);
            self.emit(Opcode::Copy, 1);
            let cc = self.unit().add_name("__classcell__");
            self.emit(Opcode::StoreName, cc);
            self.emit(Opcode::ReturnValue, 0);
        } else {
            let none = self.unit().add_const(Constant::None);
            self.emit(Opcode::ReturnConst, none);
        }
        let unit = self.units.pop().ok_or_else(|| internal("unit"))?;
        let code = unit.finish(&self.filename)?;
        let saved = self.set_loc(c.range);
        self.make_function(code, 0)?;
        self.load_const(Constant::Str(Arc::from(c.name.id.as_str())));
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_args(2, args, keywords)?;
        for _ in &c.decorator_list {
            self.emit(Opcode::Call, 1);
        }
        self.store_name(c.name.id.as_str());
        self.unit().loc = saved;
        Ok(())
    }

    // ----- expressions ----------------------------------------------------------------------

    /// Jump to `target` when `e`'s truth equals `when`; fall through otherwise.
    fn jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> Result<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != when {
                    // (a and b) false-jump / (a or b) true-jump: any operand can jump.
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.place(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                let op = if when {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                self.jump(op, target);
                Ok(())
            }
        }
    }

    fn expr(&mut self, e: &'a Expr) -> Result<()> {
        let saved = self.set_loc(e.range());
        self.expr_inner(e)?;
        self.unit().loc = saved;
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<()> {
        match e {
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => Constant::Int(v),
                        None => Constant::BigInt(parse_big_int(&i.to_string())),
                    },
                    ast::Number::Float(f) => Constant::Float(*f),
                    ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
                };
                self.load_const(c);
            }
            Expr::StringLiteral(s) => self.load_const(Constant::Str(Arc::from(s.value.to_str()))),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b
                    .value
                    .iter()
                    .flat_map(|p| p.value.iter().copied())
                    .collect();
                self.load_const(Constant::Bytes(Arc::from(bytes)));
            }
            Expr::BooleanLiteral(b) => self.load_const(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Constant::None),
            Expr::EllipsisLiteral(_) => self.load_const(Constant::Ellipsis),
            Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Load),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                let op_start = self.skip_to_operator(
                    b.left.range().end().to_usize(),
                    b.right.range().start().to_usize(),
                );
                self.set_anchor(op_start, op_start + b.op.as_str().len());
                self.emit(Opcode::BinaryOp, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Opcode::UnaryOp, op as u32);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit(Opcode::Copy, 1);
                        let op = if b.op == ast::BoolOp::And {
                            Opcode::PopJumpIfFalse
                        } else {
                            Opcode::PopJumpIfTrue
                        };
                        self.jump(op, end);
                        self.emit(Opcode::PopTop, 0);
                    }
                }
                self.place(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Opcode::Jump, end);
                self.place(orelse);
                self.expr(&i.orelse)?;
                self.place(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::Copy, 1);
                self.store_target(&n.target)?;
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = {
                    let m = self.mangle(a.attr.id.as_str());
                    self.unit().add_name(&m)
                };
                self.emit(Opcode::LoadAttr, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let open = self
                    .skip_to_operator(s.value.range().end().to_usize(), s.range.end().to_usize());
                self.set_anchor(open, s.range.end().to_usize());
                self.emit(Opcode::BinarySubscr, 0);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                match &s.upper {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(v) = &s.step {
                    self.expr(v)?;
                    n = 3;
                }
                self.emit(Opcode::BuildSlice, n);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_sequence(&t.elts)?;
                    self.emit(Opcode::ListToTuple, 0);
                } else if let Some(c) = self.const_tuple(&t.elts) {
                    self.load_const(c);
                } else {
                    for v in &t.elts {
                        self.expr(v)?;
                    }
                    self.emit(Opcode::BuildTuple, t.elts.len() as u32);
                }
            }
            Expr::List(l) => {
                if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_sequence(&l.elts)?;
                } else {
                    for v in &l.elts {
                        self.expr(v)?;
                    }
                    self.emit(Opcode::BuildList, l.elts.len() as u32);
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Opcode::BuildSet, 0);
                    for v in &s.elts {
                        match v {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Opcode::SetUpdate, 1);
                            }
                            other => {
                                self.expr(other)?;
                                self.emit(Opcode::SetAdd, 1);
                            }
                        }
                    }
                } else {
                    for v in &s.elts {
                        self.expr(v)?;
                    }
                    self.emit(Opcode::BuildSet, s.elts.len() as u32);
                }
            }
            Expr::Dict(d) => {
                if d.items.iter().any(|i| i.key.is_none()) {
                    self.emit(Opcode::BuildMap, 0);
                    for item in &d.items {
                        match &item.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&item.value)?;
                                self.emit(Opcode::MapAdd, 1);
                            }
                            None => {
                                self.expr(&item.value)?;
                                self.emit(Opcode::DictUpdate, 1);
                            }
                        }
                    }
                } else {
                    for item in &d.items {
                        if let Some(k) = &item.key {
                            self.expr(k)?;
                        }
                        self.expr(&item.value)?;
                    }
                    self.emit(Opcode::BuildMap, d.items.len() as u32);
                }
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::Lambda(l) => {
                let flags = self.function_prelude(l.parameters.as_deref(), None)?;
                let scope = self
                    .table
                    .scope_for(l)
                    .ok_or_else(|| internal("lambda scope"))?;
                let qualname = self.qualname_for("<lambda>");
                let line = self.location(l.range).line;
                self.push_unit(scope, "<lambda>".into(), qualname, line);
                self.set_params(l.parameters.as_deref());
                self.expr(&l.body)?;
                self.emit(Opcode::ReturnValue, 0);
                let unit = self.units.pop().ok_or_else(|| internal("unit"))?;
                let code = unit.finish(&self.filename)?;
                self.make_function(code, flags)?;
            }
            Expr::ListComp(c) => {
                self.comprehension(c, "<listcomp>", &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(c, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::DictComp(c) => {
                let key = c.key.as_deref().ok_or_else(|| {
                    self.err(
                        c.range,
                        "dict unpacking cannot be used in dict comprehension",
                    )
                })?;
                self.comprehension(
                    c,
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(key, &c.value),
                )?
            }
            Expr::Generator(g) => {
                self.comprehension(g, "<genexpr>", &g.generators, CompKind::Gen(&g.elt))?
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Opcode::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_from(y)?;
                // receiver = iter(x); v = None; loop { v = yield receiver.send(v) } until it
                // returns r; the expression's value is r.
                self.expr(&y.value)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.load_const(Constant::None);
                let send = self.new_label();
                let done = self.new_label();
                self.place(send);
                self.jump(Opcode::Send, done);
                self.emit(Opcode::YieldValue, 1);
                self.jump(Opcode::JumpBackward, send);
                self.place(done);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::PopTop, 0);
            }
            Expr::Await(a) => self.await_expr(a)?,
            Expr::Starred(s) => return Err(self.err(s.range, "can't use starred expression here")),
            Expr::TString(t) => return Err(self.err(t.range, "t-strings require Python 3.14")),
            Expr::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        }
        Ok(())
    }

    fn const_tuple(&self, elts: &[Expr]) -> Option<Constant> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            out.push(match e {
                Expr::NumberLiteral(n) => match &n.value {
                    ast::Number::Int(i) => Constant::Int(i.as_i64()?),
                    ast::Number::Float(f) => Constant::Float(*f),
                    _ => return None,
                },
                Expr::StringLiteral(s) => Constant::Str(Arc::from(s.value.to_str())),
                Expr::BooleanLiteral(b) => Constant::Bool(b.value),
                Expr::NoneLiteral(_) => Constant::None,
                Expr::Tuple(t) => self.const_tuple(&t.elts)?,
                _ => return None,
            });
        }
        Some(Constant::Tuple(out.into()))
    }

    /// Build a list from elements some of which are starred.
    fn starred_sequence(&mut self, elts: &'a [Expr]) -> Result<()> {
        let mut pending = 0u32;
        let mut built = false;
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    if !built {
                        self.emit(Opcode::BuildList, pending);
                        built = true;
                    } else if pending > 0 {
                        return Err(internal("pending items"));
                    }
                    pending = 0;
                    self.expr(&s.value)?;
                    self.emit(Opcode::ListExtend, 1);
                }
                other => {
                    self.expr(other)?;
                    if built {
                        self.emit(Opcode::ListAppend, 1);
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        if !built {
            self.emit(Opcode::BuildList, pending);
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> Result<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_loc(c.range);
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, comp)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(comp)?;
            if i + 1 < n {
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::Copy, 2);
                self.cmp_op(*op);
                self.emit(Opcode::Copy, 1);
                self.jump(Opcode::PopJumpIfFalse, cleanup);
                self.emit(Opcode::PopTop, 0);
            } else {
                self.cmp_op(*op);
                self.jump(Opcode::Jump, end);
            }
        }
        self.place(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.place(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Opcode::CompareOp, CmpOp::Eq as u32),
            C::NotEq => self.emit(Opcode::CompareOp, CmpOp::Ne as u32),
            C::Lt => self.emit(Opcode::CompareOp, CmpOp::Lt as u32),
            C::LtE => self.emit(Opcode::CompareOp, CmpOp::Le as u32),
            C::Gt => self.emit(Opcode::CompareOp, CmpOp::Gt as u32),
            C::GtE => self.emit(Opcode::CompareOp, CmpOp::Ge as u32),
            C::Is => self.emit(Opcode::IsOp, 0),
            C::IsNot => self.emit(Opcode::IsOp, 1),
            C::In => self.emit(Opcode::ContainsOp, 0),
            C::NotIn => self.emit(Opcode::ContainsOp, 1),
        };
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> Result<()> {
        if self.zero_arg_super(c)? {
            return Ok(());
        }
        let simple = !c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            && !c.arguments.keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), true) = (c.func.as_ref(), simple) {
            self.expr(&a.value)?;
            let ni = {
                let m = self.mangle(a.attr.id.as_str());
                self.unit().add_name(&m)
            };
            let saved = self.set_loc(a.range);
            self.emit(Opcode::LoadMethod, ni);
            self.unit().loc = saved;
        } else {
            self.expr(&c.func)?;
            self.emit(Opcode::PushNull, 0);
        }
        let open =
            self.skip_to_operator(c.func.range().end().to_usize(), c.range().end().to_usize());
        self.set_anchor(open, c.range().end().to_usize());
        self.call_args(0, &c.arguments.args, &c.arguments.keywords)
    }

    /// `super()` inside a method: call `super(__class__, <first argument>)`, as CPython's
    /// runtime lookup of the frame's `__class__` cell and first local does. Returns false when
    /// `c` is not such a call.
    fn zero_arg_super(&mut self, c: &'a ast::ExprCall) -> Result<bool> {
        let Expr::Name(n) = c.func.as_ref() else {
            return Ok(false);
        };
        if n.id.as_str() != "super"
            || !c.arguments.args.is_empty()
            || !c.arguments.keywords.is_empty()
            || !matches!(
                self.scope().lookup("super"),
                NameScope::GlobalImplicit | NameScope::GlobalExplicit
            )
            || !matches!(self.scope().lookup("__class__"), NameScope::Free)
        {
            return Ok(false);
        }
        let first = {
            let u = self.unit();
            if u.arg_count + u.posonly > 0 || u.flags.varargs {
                u.varnames.first().cloned()
            } else {
                None
            }
        };
        let Some(first) = first else {
            return Ok(false);
        };
        self.expr(&c.func)?;
        self.emit(Opcode::PushNull, 0);
        self.name_op("__class__", ast::ExprContext::Load);
        self.name_op(&first, ast::ExprContext::Load);
        let open =
            self.skip_to_operator(c.func.range().end().to_usize(), c.range().end().to_usize());
        self.set_anchor(open, c.range().end().to_usize());
        self.emit(Opcode::Call, 2);
        Ok(true)
    }

    /// Emit arguments and the call; `extra` positional arguments are already on the stack.
    fn call_args(
        &mut self,
        extra: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> Result<()> {
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let mut names: Vec<Constant> = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                if let Some(n) = &k.arg {
                    let s = Constant::Str(Arc::from(n.id.as_str()));
                    if names.contains(&s) {
                        return Err(
                            self.err(k.range, format!("keyword argument repeated: {}", n.id))
                        );
                    }
                    names.push(s);
                }
            }
            let total = extra + args.len() as u32 + keywords.len() as u32;
            if names.is_empty() {
                self.emit(Opcode::Call, total);
            } else {
                self.load_const(Constant::Tuple(names.into()));
                self.emit(Opcode::CallKw, total);
            }
            return Ok(());
        }
        // General form: build an argument tuple and a keyword dict.
        if let ([Expr::Starred(s)], 0) = (args, extra) {
            // `f(*a)`: CALL_EX turns the iterable into a tuple itself.
            self.expr(&s.value)?;
        } else {
            self.call_star_args(extra, args)?;
        }
        self.call_kw_dict(keywords)
    }

    fn call_star_args(&mut self, extra: u32, args: &'a [Expr]) -> Result<()> {
        self.emit(Opcode::BuildList, extra);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Opcode::ListExtend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Opcode::ListAppend, 1);
                }
            }
        }
        self.emit(Opcode::ListToTuple, 0);
        Ok(())
    }

    fn call_kw_dict(&mut self, keywords: &'a [ast::Keyword]) -> Result<()> {
        if keywords.is_empty() {
            self.emit(Opcode::CallEx, 0);
            return Ok(());
        }
        self.emit(Opcode::BuildMap, 0);
        for k in keywords {
            match &k.arg {
                Some(n) => {
                    self.load_const(Constant::Str(Arc::from(n.id.as_str())));
                    self.expr(&k.value)?;
                    self.emit(Opcode::BuildMap, 1);
                    self.emit(Opcode::DictMerge, 1);
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.emit(Opcode::CallEx, 1);
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> Result<()> {
        let mut count = 0u32;
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(s) => {
                    if !s.value.is_empty() {
                        self.load_const(Constant::Str(Arc::from(&*s.value)));
                        count += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    count += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if count == 0 {
            self.load_const(Constant::Str(Arc::from("")));
        } else if count > 1 {
            self.emit(Opcode::BuildString, count);
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> Result<u32> {
        let mut count = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Constant::Str(Arc::from(&*l.value)));
                    count += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion;
                    if let Some(debug) = &i.debug_text {
                        let text = format!(
                            "{}{}{}",
                            debug.leading(),
                            self.expr_source(&i.expression),
                            debug.trailing()
                        );
                        self.load_const(Constant::Str(Arc::from(text.as_str())));
                        count += 1;
                        if conversion == ast::ConversionFlag::None && i.format_spec.is_none() {
                            conversion = ast::ConversionFlag::Repr;
                        }
                    }
                    self.expr(&i.expression)?;
                    match conversion {
                        ast::ConversionFlag::None => {}
                        ast::ConversionFlag::Str => {
                            self.emit(Opcode::ConvertValue, 1);
                        }
                        ast::ConversionFlag::Repr => {
                            self.emit(Opcode::ConvertValue, 2);
                        }
                        ast::ConversionFlag::Ascii => {
                            self.emit(Opcode::ConvertValue, 3);
                        }
                    }
                    match &i.format_spec {
                        Some(spec) => {
                            let n = self.fstring_elements(&spec.elements)?;
                            if n == 0 {
                                self.load_const(Constant::Str(Arc::from("")));
                            } else if n > 1 {
                                self.emit(Opcode::BuildString, n);
                            }
                            self.emit(Opcode::FormatWithSpec, 0);
                        }
                        None => {
                            self.emit(Opcode::FormatSimple, 0);
                        }
                    }
                    count += 1;
                }
            }
        }
        Ok(count)
    }

    fn expr_source(&self, e: &Expr) -> &'a str {
        let r = e.range();
        self.source
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("")
    }

    fn comprehension<T>(
        &mut self,
        node: &'a T,
        name: &str,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> Result<()> {
        let scope = self
            .table
            .scope_for(node)
            .ok_or_else(|| internal("comprehension scope"))?;
        let first = gens
            .first()
            .ok_or_else(|| internal("empty comprehension"))?;
        let qualname = self.qualname_for(name);
        let line = self.unit().loc.line;
        self.push_unit(scope, name.into(), qualname, line);
        self.unit().arg_count = 1;
        match kind {
            CompKind::List(_) => {
                self.emit(Opcode::BuildList, 0);
            }
            CompKind::Set(_) => {
                self.emit(Opcode::BuildSet, 0);
            }
            CompKind::Dict(..) => {
                self.emit(Opcode::BuildMap, 0);
            }
            CompKind::Gen(_) => {}
        }
        self.comp_generator(gens, 0, kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            let none = self.unit().add_const(Constant::None);
            self.emit(Opcode::ReturnConst, none);
        } else {
            self.emit(Opcode::ReturnValue, 0);
        }
        let unit = self.units.pop().ok_or_else(|| internal("unit"))?;
        let code = unit.finish(&self.filename)?;
        self.make_function(code, 0)?;
        self.emit(Opcode::PushNull, 0);
        self.expr(&first.iter)?;
        self.emit(
            if first.is_async {
                Opcode::GetAIter
            } else {
                Opcode::GetIter
            },
            0,
        );
        self.emit(Opcode::Call, 1);
        self.finish_comprehension_call(scope);
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind<'a>,
    ) -> Result<()> {
        let Some(g) = gens.get(i) else {
            // Innermost: produce the element. The collection sits under the iterators.
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Opcode::ListAppend, depth);
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Opcode::SetAdd, depth);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Opcode::MapAdd, depth);
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
            }
            return Ok(());
        };
        if g.is_async {
            return self.async_comp_loop(g, i, &mut |c| c.comp_generator(gens, i + 1, kind));
        }
        let start = self.new_label();
        let done = self.new_label();
        if i == 0 {
            let dot0 = self.unit().varname(".0");
            self.emit(Opcode::LoadFast, dot0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Opcode::GetIter, 0);
        }
        self.place(start);
        self.jump(Opcode::ForIter, done);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        self.comp_generator(gens, i + 1, kind)?;
        self.jump(Opcode::JumpBackward, start);
        self.place(done);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// Parse an integer literal token (with `_` separators and `0x`/`0o`/`0b` prefixes).
fn parse_big_int(token: &str) -> BigInt {
    let t: String = token.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).unwrap_or_default()
}
