//! Code generation for coroutines: `await`, `async for`, `async with` and async comprehensions.
//!
//! `await x` is a `yield from` over the awaitable's iterator:
//!
//! ```text
//!     <x>
//!     GetAwaitable 0           .. iter             (arg 1/2: after __aenter__/__aexit__)
//!     LoadConst None           .. iter v
//! S:  Send done                .. iter y           (when iter returns r: .. iter r, jump)
//!     YieldValue 1             .. iter sent        (1: passes on a delegate's value)
//!     JumpBackward S
//! done:
//!     Swap 2; PopTop           .. r
//! ```
//!
//! `async for t in it: body else: orelse`:
//!
//! ```text
//!     <it>; GetAIter           .. aiter
//! L:  GetANext                 .. aiter awaitable  ┐ handler region → E (anchor GetANext)
//!     <await tail>             .. aiter value      ┘
//!     <store t>; <body>; JumpBackward L
//! E:  EndAsyncFor              .. aiter exc -> ..  (StopAsyncIteration ends the loop,
//!     <orelse>                                      anything else is re-raised)
//! ```
//!
//! `async with` mirrors the synchronous `with` (`codegen_with.rs`): `BeforeAsyncWith` calls
//! `__aenter__` (its result is awaited), `__aexit__` is called through the same `exit self`
//! pair and `WithExceptStart`, and each call's result is awaited.
//!
//! Comprehensions are compiled as separate functions: one that awaits (or iterates with
//! `async for`) is a coroutine function, and the enclosing code awaits the call; an
//! asynchronous generator expression evaluates to an async generator object.

use super::*;

impl<'a> Compiler<'a> {
    /// `.. x -> .. result`: await `x` (`where` is GetAwaitable's arg).
    pub(super) fn emit_await(&mut self, r#where: u32) {
        self.emit(Opcode::GetAwaitable, r#where);
        self.await_tail();
    }

    /// `.. iter -> .. result`: drive an awaitable's iterator to completion.
    fn await_tail(&mut self) {
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

    /// `await value`.
    pub(super) fn await_expr(&mut self, a: &'a ast::ExprAwait) -> Result<()> {
        self.expr(&a.value)?;
        self.set_loc(a.range);
        self.emit_await(0);
        Ok(())
    }

    /// Is the code being compiled an `async def` body?
    fn in_async_function(&self) -> bool {
        let s = self.scope();
        s.kind == ScopeKind::Function && s.is_coroutine
    }

    /// `return value` in an async generator is a SyntaxError.
    pub(super) fn check_async_return(&self, r: &'a ast::StmtReturn) -> Result<()> {
        let s = self.scope();
        if r.value.is_some() && s.is_coroutine && s.is_generator && s.kind == ScopeKind::Function {
            return Err(self.err(r.range, "'return' with value in async generator"));
        }
        Ok(())
    }

    /// `yield from` in an `async def` is a SyntaxError.
    pub(super) fn check_yield_from(&self, y: &'a ast::ExprYieldFrom) -> Result<()> {
        if self.scope().is_coroutine {
            return Err(self.err(y.range, "'yield from' inside async function"));
        }
        Ok(())
    }

    /// The loop head of `async for` / an async comprehension: `.. aiter -> .. aiter value`,
    /// with `end` as the handler that receives `.. aiter exc`.
    fn async_next(&mut self, end: Label) {
        // GetANext itself is covered: a StopAsyncIteration raised by a plain `__anext__`
        // ends the loop too. Its depth (`.. aiter`) is the handler's base.
        let anchor = self.unit().instrs.len() as u32;
        self.push_handler(end, anchor, 0);
        self.emit(Opcode::GetANext, 0);
        self.await_tail();
        self.pop_handler();
    }

    /// `async for target in iter: body [else: orelse]`.
    pub(super) fn async_for(&mut self, f: &'a ast::StmtFor) -> Result<()> {
        if !self.in_async_function() {
            return Err(self.err(f.range, "'async for' outside async function"));
        }
        let start = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.set_loc(f.iter.range());
        self.emit(Opcode::GetAIter, 0);
        self.place(start);
        // CPython reports errors of the hidden `__anext__` await at the whole statement.
        self.set_loc(f.range);
        self.async_next(end);
        self.set_loc(f.iter.range());
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
        self.place(end);
        self.emit(Opcode::EndAsyncFor, 0);
        self.body(&f.orelse)?;
        self.place(exit);
        Ok(())
    }

    /// One `async for` clause of a comprehension (generator `i`); `inner` emits what the loop
    /// body does.
    pub(super) fn async_comp_loop(
        &mut self,
        g: &'a ast::Comprehension,
        i: usize,
        inner: &mut dyn FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let start = self.new_label();
        let end = self.new_label();
        let saved = self.set_loc(g.iter.range());
        if i == 0 {
            let dot0 = self.unit().varname(".0");
            self.emit(Opcode::LoadFast, dot0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Opcode::GetAIter, 0);
        }
        self.place(start);
        self.async_next(end);
        self.unit().loc = saved;
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        inner(self)?;
        self.jump(Opcode::JumpBackward, start);
        self.place(end);
        self.emit(Opcode::EndAsyncFor, 0);
        Ok(())
    }

    /// After calling a comprehension's function: await it when it is a coroutine (not when it
    /// is an async generator expression).
    pub(super) fn finish_comprehension_call(&mut self, scope: usize) {
        let s = &self.table.scopes[scope];
        if s.is_coroutine && !s.is_generator {
            self.emit_await(0);
        }
    }

    /// `async with item, ...: body`.
    pub(super) fn async_with(&mut self, w: &'a ast::StmtWith) -> Result<()> {
        if !self.in_async_function() {
            return Err(self.err(w.range, "'async with' outside async function"));
        }
        self.with_items(&w.items, &w.body, true)
    }
}
