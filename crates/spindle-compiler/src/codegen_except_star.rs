//! Code generation for `try` ... `except*` (exception groups).
//!
//! ```text
//!     Nop                         anchor (stack depth D)
//!     <body>                      handler region H (FBlock::TryExcept)
//!     <else>
//!     Jump end
//! H:  PushExcInfo                 .. prev exc                      ┐ region C
//!     Copy 1; BuildList 0; Swap 2 .. prev orig raised rest          │
//!   for each `except* T as name:`                                   │
//!     <T>; CheckEgMatch           .. prev orig raised rest match    │
//!     Copy 1; PopJumpIfNone no_match                                │
//!     <store name> | PopTop       .. prev orig raised rest          │
//!     <handler body>              region B                          │
//!     name = None; del name; Jump next                              │
//! B:  name = None; del name       .. prev orig raised rest exc2     │
//!     ListAppend 2; Jump next     raised.append(exc2)               │
//! no_match: PopTop                                                  │
//! next:                                                             │
//!   after the last clause:                                          │
//!     ListAppend 1                raised.append(rest)               │
//!     PrepReraiseStar             .. prev result                    │
//!     Copy 1; PopJumpIfNotNone reraise                              ┘
//!     PopTop; PopExcept; Jump end nothing left to raise
//! reraise: Swap 2; PopExcept; Reraise
//! C:  Swap 2; PopExcept; Reraise  an error while matching: restore and propagate
//! end:
//! ```
//!
//! `CheckEgMatch` splits what is left of the group by the clause's type (a naked exception is
//! wrapped in an `ExceptionGroup`), and `PrepReraiseStar` combines what the handlers raised and
//! re-raised with the unmatched rest (`spindle-vm/src/interp/pattern.rs`). `break`, `continue`
//! and `return` may not leave an `except*` clause: that is checked before its body is compiled.

use super::*;

impl<'a> Compiler<'a> {
    /// `try: ... except* ...: ... [else: ...]` (a `finally` is wrapped around this by
    /// `try_finally`).
    pub(super) fn try_star(&mut self, t: &'a ast::StmtTry) -> Result<()> {
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

        // [.. exc]
        self.place(handler);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_handler(cleanup, anchor, 1);
        self.emit(Opcode::Copy, 1);
        self.emit(Opcode::BuildList, 0);
        self.emit(Opcode::Swap, 2);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.err(h.range, "expected one or more exception types"));
            };
            if let Some(range) = escaping_jump(&h.body, false) {
                return Err(self.err(
                    range,
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                ));
            }
            let no_match = self.new_label();
            let next = self.new_label();
            self.expr(ty)?;
            self.emit(Opcode::CheckEgMatch, 0);
            self.emit(Opcode::Copy, 1);
            self.jump(Opcode::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| n.id.as_str());
            match name {
                Some(name) => self.store_name(name),
                None => {
                    self.emit(Opcode::PopTop, 0);
                }
            }
            // The clause body: what it raises is collected, not propagated.
            let body_err = self.new_label();
            self.push_handler(body_err, anchor, 4);
            self.body(&h.body)?;
            self.pop_handler();
            if let Some(name) = name {
                self.clear_handler_name(name);
            }
            self.jump(Opcode::Jump, next);
            // [.. prev orig raised rest exc2]
            self.place(body_err);
            if let Some(name) = name {
                self.clear_handler_name(name);
            }
            self.emit(Opcode::ListAppend, 2);
            self.jump(Opcode::Jump, next);
            self.place(no_match);
            self.emit(Opcode::PopTop, 0);
            self.place(next);
            if i + 1 == n {
                self.emit(Opcode::ListAppend, 1);
            }
            self.unit().loc = saved;
        }
        // [.. prev orig raised]
        let reraise = self.new_label();
        self.emit(Opcode::PrepReraiseStar, 0);
        self.emit(Opcode::Copy, 1);
        self.jump(Opcode::PopJumpIfNotNone, reraise);
        self.pop_handler();
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.jump(Opcode::Jump, end);
        self.place(reraise);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        // [.. prev exc2]
        self.place(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        self.place(end);
        Ok(())
    }

    /// `name = None; del name` (the `as` target does not outlive its clause).
    fn clear_handler_name(&mut self, name: &str) {
        self.load_const(Constant::None);
        self.store_name(name);
        self.name_op(name, ast::ExprContext::Del);
    }
}

/// The first `break`/`continue`/`return` in `body` that would leave it (`in_loop`: inside a
/// loop of `body`, which `break`/`continue` stay in). Nested functions and classes are their
/// own scopes and are not searched.
fn escaping_jump(body: &[Stmt], in_loop: bool) -> Option<TextRange> {
    for s in body {
        let found = match s {
            Stmt::Return(r) => Some(match &r.value {
                Some(v) => v.range(),
                None => r.range,
            }),
            Stmt::Break(b) if !in_loop => Some(b.range),
            Stmt::Continue(c) if !in_loop => Some(c.range),
            Stmt::For(f) => {
                escaping_jump(&f.body, true).or_else(|| escaping_jump(&f.orelse, in_loop))
            }
            Stmt::While(w) => {
                escaping_jump(&w.body, true).or_else(|| escaping_jump(&w.orelse, in_loop))
            }
            Stmt::If(i) => escaping_jump(&i.body, in_loop).or_else(|| {
                i.elif_else_clauses
                    .iter()
                    .find_map(|c| escaping_jump(&c.body, in_loop))
            }),
            Stmt::With(w) => escaping_jump(&w.body, in_loop),
            Stmt::Match(m) => m.cases.iter().find_map(|c| escaping_jump(&c.body, in_loop)),
            Stmt::Try(t) => escaping_jump(&t.body, in_loop)
                .or_else(|| {
                    t.handlers.iter().find_map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        escaping_jump(&h.body, in_loop)
                    })
                })
                .or_else(|| escaping_jump(&t.orelse, in_loop))
                .or_else(|| escaping_jump(&t.finalbody, in_loop)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}
