//! Code generation for the `with` statement (synchronous context managers).
//!
//! `with a as x, b as y: body` is compiled as one nested `with` per item. For one item:
//!
//! ```text
//!     <a>                      .. mgr
//!     BeforeWith               .. exit self enter_result     (anchor of the handlers below)
//!     <store x> | PopTop       .. exit self                  ┐ handler region H
//!     <body>                                                  ┘ (FBlock::With while compiled)
//!     LoadConst None x3
//!     Call 3; PopTop           exit(None, None, None)
//!     Jump end
//! H:  PushExcInfo              .. exit self prev exc
//!     WithExceptStart          .. exit self prev exc res     ┐ handler region C
//!     PopJumpIfTrue suppress                                 │
//!     Reraise                  exit returned false: re-raise ┘
//! suppress:
//!     PopTop; PopExcept; PopTop; PopTop                      .. (exception swallowed)
//!     Jump end
//! C:  Swap 2; PopExcept; Reraise     an exception raised by __exit__ (or the re-raise):
//!                                    restore the handled exception and propagate
//! end:
//! ```
//!
//! `exit self` is the callable pair of the `Call` convention (`self` is NULL when `__exit__`
//! is not a plain method), so calling `__exit__` needs no bound-method object. Leaving the body
//! early (`return`, `break`, `continue`) unwinds the [`FBlock::With`] block: the `with`'s own
//! handler is dropped and `exit(None, None, None)` is called ([`Compiler::unwind_with`]).
//!
//! Every instruction that calls `__enter__`/`__exit__` carries the location of the context
//! expression, as CPython's tracebacks show it.

use super::*;

impl<'a> Compiler<'a> {
    /// `with item, ...: body`.
    pub(super) fn with_stmt(&mut self, w: &'a ast::StmtWith) -> Result<()> {
        if w.is_async {
            return Err(self.err(w.range, "'async with' outside async function"));
        }
        self.with_items(&w.items, &w.body, false)
    }

    /// The first item of `items` around the rest of the items and the body. `async with`
    /// (`is_async`) has the same layout, with `__aenter__`/`__aexit__` results awaited.
    pub(super) fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> Result<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let stmt_loc = self.unit().loc;
        self.expr(&item.context_expr)?;
        // The location CPython gives the __enter__/__exit__ calls: the context expression,
        // with the `^` anchor of the instruction that computed it (a call's parentheses, ...).
        let full = self.location(item.context_expr.range());
        let ctx_loc = match self.unit().locs.last() {
            Some(l) if is_async => *l,
            None if is_async => stmt_loc,
            Some(l)
                if (l.line, l.end_line, l.col, l.end_col)
                    == (full.line, full.end_line, full.col, full.end_col) =>
            {
                *l
            }
            _ => full,
        };
        self.unit().loc = ctx_loc;
        let anchor = if is_async {
            // .. mgr -> .. aexit self aenter_result -> .. aexit self entered
            let a = self.emit(Opcode::BeforeAsyncWith, 0);
            self.emit_await(1);
            a
        } else {
            self.emit(Opcode::BeforeWith, 0)
        };
        self.unit().loc = stmt_loc;

        // Body region: an exception unwinds to [.. exit self] (one item above the depth the
        // stack had before BeforeWith, where mgr was on top).
        let handler = self.new_label();
        let outer = self.push_handler(handler, anchor, 1);
        self.unit().fblocks.push(if is_async {
            FBlock::AsyncWith {
                handlers: outer,
                loc: ctx_loc,
            }
        } else {
            FBlock::With {
                handlers: outer,
                loc: ctx_loc,
            }
        });
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => {
                self.emit(Opcode::PopTop, 0);
            }
        }
        self.with_items(rest, body, is_async)?;
        self.unit().fblocks.pop();
        self.pop_handler();

        // Normal exit: exit(None, None, None) (awaited for `async with`).
        let end = self.new_label();
        self.unit().loc = ctx_loc;
        self.call_exit_with_nones(is_async);
        self.jump(Opcode::Jump, end);

        // Exceptional exit: [.. exit self exc].
        self.place(handler);
        self.emit(Opcode::PushExcInfo, 0);
        let cleanup = self.new_label();
        self.push_handler(cleanup, anchor, 2);
        self.emit(Opcode::WithExceptStart, 0);
        if is_async {
            self.emit_await(2);
        }
        let suppress = self.new_label();
        self.jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        // A true result swallows the exception: [.. exit self prev exc] -> [..].
        self.place(suppress);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopTop, 0);
        self.jump(Opcode::Jump, end);
        // __exit__ raised, or returned false: [.. exit self prev exc2].
        self.place(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
        self.place(end);
        self.unit().loc = stmt_loc;
        Ok(())
    }

    /// `.. exit self -> ..`: call `exit(None, None, None)` (awaiting it for `async with`)
    /// and drop its result.
    fn call_exit_with_nones(&mut self, is_async: bool) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 3);
        if is_async {
            self.emit_await(2);
        }
        self.emit(Opcode::PopTop, 0);
    }

    /// Leave a `with` body early (`return`, `break`, `continue`): call `exit(None, None, None)`
    /// outside the statement's own handler. With `preserve_tos`, the value on top (a return
    /// value) is kept above: `.. exit self value -> .. value`.
    pub(super) fn unwind_with(
        &mut self,
        handlers: usize,
        loc: Location,
        preserve_tos: bool,
        is_async: bool,
    ) -> Result<()> {
        self.unit().handlers.truncate(handlers);
        let saved = std::mem::replace(&mut self.unit().loc, loc);
        if preserve_tos {
            // .. exit self value -> .. value self exit -> .. value exit self
            self.emit(Opcode::Swap, 3);
            self.emit(Opcode::Swap, 2);
        }
        self.call_exit_with_nones(is_async);
        self.unit().loc = saved;
        Ok(())
    }
}
