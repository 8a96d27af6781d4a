//! Code generation for the `match` statement.
//!
//! The subject is evaluated once and kept on the stack; every case but the last matches a copy
//! of it. A pattern is compiled to code that *consumes* the value on top of the stack and either
//! falls through (match) or jumps to a failure label. While a pattern runs:
//!
//! - values captured by name patterns are not stored at once: they stay on the stack, below
//!   everything the enclosing patterns still need, and are stored only when the whole pattern
//!   of the case has matched (so a failed case binds nothing). The most recent capture is the
//!   deepest one; [`PatCtx::stores`] lists the names with `stores[0]` nearest the top.
//! - [`PatCtx::on_top`] counts the items above the captures that a failure must pop (the
//!   subject of a sequence/mapping/class check, unpacked items not yet matched, ...).
//! - [`PatCtx::fail_pop`] holds one label per number of items to pop on failure: jumping to
//!   `fail_pop[n]` pops `n` items and arrives at the case's failure point (emitted by
//!   [`Compiler::emit_fail_pop`] after the case).
//!
//! The runtime checks are instructions of their own (`MatchClass`, `MatchMapping`,
//! `MatchSequence`, `MatchKeys`, `GetLen`, see `spindle-vm/src/interp/pattern.rs`); comparisons,
//! unpacking and subscripts use the ordinary instructions, so a custom sequence or mapping sees
//! the same calls (`__len__`, `__getitem__`, `get`, `__eq__`) as under CPython.

use super::*;
use num_traits::ToPrimitive;
use spindle_bytecode::text::bytes_repr;

/// State of the pattern being compiled (see the module documentation).
pub(super) struct PatCtx {
    /// Names captured so far, `stores[0]` nearest the top of the stack.
    stores: Vec<String>,
    /// May this pattern be irrefutable (a bare name or `_`)?
    allow_irrefutable: bool,
    /// `fail_pop[n]`: pop `n` items, then fail.
    fail_pop: Vec<Label>,
    /// Items above the captures that belong to enclosing patterns.
    on_top: usize,
}

impl PatCtx {
    fn new(allow_irrefutable: bool) -> Self {
        PatCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `_` (a wildcard: matches anything, binds nothing).
fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_`
fn is_star_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> Result<()> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        // A final `case _:` (after other cases) needs no copy of the subject and no test.
        let has_default = n > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let tested = if has_default { n - 1 } else { n };
        for (i, case) in m.cases[..tested].iter().enumerate() {
            self.set_loc(case.pattern.range());
            // The last tested case consumes the subject itself.
            let copy = i + 1 != tested;
            if copy {
                self.emit(Opcode::Copy, 1);
            }
            let mut pc = PatCtx::new(case.guard.is_some() || i + 1 == n);
            self.pattern(&case.pattern, &mut pc)?;
            // It matched: bind the captures (stores[0] is on top).
            for name in &pc.stores {
                self.store_pattern_name(name);
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, false, fail)?;
            }
            self.set_loc(case.pattern.range());
            if copy {
                self.emit(Opcode::PopTop, 0);
            }
            self.body(&case.body)?;
            self.jump(Opcode::Jump, end);
            self.set_loc(case.pattern.range());
            self.emit_fail_pop(&mut pc);
        }
        if has_default {
            if let Some(case) = m.cases.last() {
                self.set_loc(case.pattern.range());
                self.emit(Opcode::Nop, 0);
                if let Some(guard) = &case.guard {
                    self.jump_if(guard, false, end)?;
                }
                self.body(&case.body)?;
            }
        }
        self.place(end);
        Ok(())
    }

    /// Store a captured value (on top of the stack) into `name`.
    fn store_pattern_name(&mut self, name: &str) {
        self.store_name(name);
    }

    /// The label that pops `n` items and fails.
    fn fail_label(&mut self, pc: &mut PatCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Emit `op` (a conditional or plain jump) to the failure path, popping everything the
    /// pattern has on the stack (captures and enclosing items).
    fn jump_to_fail(&mut self, pc: &mut PatCtx, op: Opcode) {
        let n = pc.on_top + pc.stores.len();
        let l = self.fail_label(pc, n);
        self.jump(op, l);
    }

    /// Place the failure labels: `fail_pop[n]` pops one item and falls into `fail_pop[n-1]`.
    fn emit_fail_pop(&mut self, pc: &mut PatCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.place(*l);
            if i > 0 {
                self.emit(Opcode::PopTop, 0);
            }
        }
    }

    /// Move the top of the stack down to depth `n` (1 = top), keeping the order of the rest.
    fn rotate(&mut self, n: usize) {
        for k in (2..=n).rev() {
            self.emit(Opcode::Swap, k as u32);
        }
    }

    /// Exchange the items at depths `a < b` (1 = top).
    fn swap_depths(&mut self, a: usize, b: usize) {
        if a == 1 {
            self.emit(Opcode::Swap, b as u32);
        } else {
            self.emit(Opcode::Swap, a as u32);
            self.emit(Opcode::Swap, b as u32);
            self.emit(Opcode::Swap, a as u32);
        }
    }

    /// Capture the value on top under `name` (or drop it for `_`).
    fn capture(
        &mut self,
        name: Option<&ast::Identifier>,
        range: TextRange,
        pc: &mut PatCtx,
    ) -> Result<()> {
        let Some(name) = name else {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        };
        let name = name.id.as_str();
        if name == "__debug__" {
            return Err(self.err(range, "cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.err(
                range,
                format!("multiple assignments to name '{name}' in pattern"),
            ));
        }
        // Below the enclosing items and below the earlier captures.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// A pattern nested in another: it may be irrefutable whatever the case allows.
    fn subpattern(&mut self, p: &'a ast::Pattern, pc: &mut PatCtx) -> Result<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatCtx) -> Result<()> {
        use ast::Pattern as P;
        let saved = self.set_loc(p.range());
        match p {
            P::MatchValue(v) => {
                if !is_value_expr(&v.value) {
                    return Err(self.err(
                        v.value.range(),
                        "patterns may only match literals and attribute lookups",
                    ));
                }
                self.expr(&v.value)?;
                self.emit(Opcode::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
            }
            P::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                self.load_const(c);
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
            }
            P::MatchSequence(s) => self.pattern_sequence(s, pc)?,
            P::MatchMapping(m) => self.pattern_mapping(m, pc)?,
            P::MatchClass(c) => self.pattern_class(c, pc)?,
            P::MatchStar(s) => self.capture(s.name.as_ref(), s.range, pc)?,
            P::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    n.id
                                )
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.err(a.range, msg));
                    }
                    self.capture(a.name.as_ref(), a.range, pc)?;
                }
                Some(inner) => {
                    // Match a copy, then capture the original.
                    pc.on_top += 1;
                    self.emit(Opcode::Copy, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.capture(a.name.as_ref(), a.range, pc)?;
                }
            },
            P::MatchOr(o) => self.pattern_or(o, pc)?,
        }
        self.unit().loc = saved;
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut PatCtx,
    ) -> Result<()> {
        let pats = &s.patterns;
        let size = pats.len();
        let mut star = None;
        for (i, p) in pats.iter().enumerate() {
            if matches!(p, ast::Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.err(s.range, "multiple starred names in sequence pattern"));
                }
                star = Some(i);
            }
        }
        let star_wildcard = star.is_some_and(|i| is_star_wildcard(&pats[i]));
        let only_wildcards = pats.iter().all(|p| is_wildcard(p) || is_star_wildcard(p));
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MatchSequence, 0);
        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int(size as i64));
                self.emit(Opcode::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(Opcode::CompareOp, CmpOp::Ge as u32);
                self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcards {
            self.emit(Opcode::PopTop, 0);
        } else if let (Some(star), true) = (star, star_wildcard) {
            // `[a, *_, b]`: index the items instead of unpacking everything.
            pc.on_top += 1;
            for (i, p) in pats.iter().enumerate() {
                if i == star || is_wildcard(p) {
                    continue;
                }
                self.emit(Opcode::Copy, 1);
                if i < star {
                    self.load_const(Constant::Int(i as i64));
                } else {
                    // len(subject) - (size - i): the subject need not accept negative indices.
                    self.emit(Opcode::GetLen, 0);
                    self.load_const(Constant::Int((size - i) as i64));
                    self.emit(Opcode::BinaryOp, BinOp::Sub as u32);
                }
                self.emit(Opcode::BinarySubscr, 0);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
        } else {
            match star {
                None => {
                    self.emit(Opcode::UnpackSequence, size as u32);
                }
                Some(i) => {
                    let after = size - i - 1;
                    if i > 255 || after > 255 {
                        return Err(self.err(s.range, "too many sub-patterns in sequence pattern"));
                    }
                    self.emit(Opcode::UnpackEx, (i as u32) | ((after as u32) << 8));
                }
            }
            // The items are on the stack, the first on top; each sub-pattern consumes one.
            pc.on_top += size;
            for p in pats {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatCtx) -> Result<()> {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit(Opcode::MatchMapping, 0);
        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Constant::Int(size as i64));
            self.emit(Opcode::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
        }
        // The keys: literals (checked for duplicates here) or attribute lookups.
        let mut seen: Vec<KeyConst> = Vec::new();
        for key in &m.keys {
            match key_constant(key) {
                Some(k) => {
                    if seen.iter().any(|s| s.equals(&k)) {
                        return Err(self.err(
                            m.range,
                            format!("mapping pattern checks duplicate key ({})", k.repr()),
                        ));
                    }
                    seen.push(k);
                }
                None => {
                    if !matches!(key, Expr::Attribute(_)) {
                        return Err(self.err(
                            key.range(),
                            "mapping pattern keys may only match literals and attribute lookups",
                        ));
                    }
                }
            }
            self.expr(key)?;
        }
        self.emit(Opcode::BuildTuple, size as u32);
        self.emit(Opcode::MatchKeys, 0);
        // .. subject keys values_or_None
        pc.on_top += 2;
        self.emit(Opcode::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IsOp, 1);
        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // .. subject keys
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject) without the matched keys.
                self.emit(Opcode::BuildMap, 0);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::DictUpdate, 2);
                // .. rest keys
                self.emit(Opcode::UnpackSequence, size as u32);
                for remaining in (1..=size).rev() {
                    // .. rest k_remaining .. k_1 -> del rest[k_1]
                    self.emit(Opcode::Copy, remaining as u32 + 1);
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::DeleteSubscr, 0);
                }
                self.capture(Some(rest), m.range, pc)?;
            }
            None => {
                self.emit(Opcode::PopTop, 0);
                self.emit(Opcode::PopTop, 0);
            }
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatCtx) -> Result<()> {
        let args = &c.arguments.patterns;
        let kwds = &c.arguments.keywords;
        let mut names: Vec<Constant> = Vec::with_capacity(kwds.len());
        for k in kwds {
            let name = k.attr.id.as_str();
            if name == "__debug__" {
                return Err(self.err(k.attr.range, "cannot assign to __debug__"));
            }
            let c = Constant::Str(Arc::from(name));
            if names.contains(&c) {
                return Err(self.err(
                    k.pattern.range(),
                    format!("attribute name repeated in class pattern: {name}"),
                ));
            }
            names.push(c);
        }
        self.expr(&c.cls)?;
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Opcode::MatchClass, args.len() as u32);
        // .. attrs_or_None
        self.emit(Opcode::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IsOp, 1);
        pc.on_top += 1;
        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
        let total = args.len() + kwds.len();
        self.emit(Opcode::UnpackSequence, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        let all = args.iter().chain(kwds.iter().map(|k| &k.pattern));
        for p in all {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Opcode::PopTop, 0);
            } else {
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    /// `p1 | p2 | ...`: each alternative matches a copy of the subject; every alternative must
    /// capture the same names, and their captures are put in the first alternative's order.
    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatCtx) -> Result<()> {
        let end = self.new_label();
        let n = o.patterns.len();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let mut apc = PatCtx::new(i + 1 == n && pc.allow_irrefutable);
            self.set_loc(alt.range());
            self.emit(Opcode::Copy, 1);
            self.pattern(alt, &mut apc)?;
            match &control {
                None => control = Some(apc.stores.clone()),
                Some(ctl) => {
                    let same_names = ctl.len() == apc.stores.len()
                        && ctl.iter().all(|name| apc.stores.contains(name));
                    if !same_names {
                        return Err(self.err(o.range, "alternative patterns bind different names"));
                    }
                    // Selection sort of the captures into the control order.
                    let mut cur = apc.stores.clone();
                    for (k, want) in ctl.iter().enumerate() {
                        let Some(j) = cur.iter().position(|s| s == want) else {
                            return Err(internal("or-pattern capture"));
                        };
                        if j != k {
                            self.swap_depths(k + 1, j + 1);
                            cur.swap(k, j);
                        }
                    }
                }
            }
            self.jump(Opcode::Jump, end);
            self.emit_fail_pop(&mut apc);
        }
        self.set_loc(o.range);
        // No alternative matched: drop the subject and fail.
        self.emit(Opcode::PopTop, 0);
        self.jump_to_fail(pc, Opcode::Jump);
        self.place(end);
        // .. [captures] [on_top items] subject c_last .. c_0 (c_0 on top): move every capture
        // below the enclosing items and the earlier captures.
        let ctl = control.unwrap_or_default();
        let depth = ctl.len() + 1 + pc.on_top + pc.stores.len();
        for name in ctl {
            self.rotate(depth);
            if pc.stores.contains(&name) {
                return Err(self.err(
                    o.range,
                    format!("multiple assignments to name '{name}' in pattern"),
                ));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}

/// Can `e` be the value of a value pattern (a literal or a dotted name)?
fn is_value_expr(e: &Expr) -> bool {
    match e {
        Expr::Attribute(_)
        | Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::BooleanLiteral(_) => true,
        Expr::UnaryOp(u) => {
            u.op == ast::UnaryOp::USub && matches!(u.operand.as_ref(), Expr::NumberLiteral(_))
        }
        Expr::BinOp(b) => {
            matches!(b.op, ast::Operator::Add | ast::Operator::Sub) && is_value_expr(&b.left)
        }
        _ => false,
    }
}

/// The value of a literal mapping-pattern key, for the duplicate-key check.
enum KeyConst {
    None,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Bool(bool),
}

/// The constant value of a literal key, or None for other expressions.
fn key_constant(e: &Expr) -> Option<KeyConst> {
    Some(match e {
        Expr::NoneLiteral(_) => KeyConst::None,
        Expr::BooleanLiteral(b) => KeyConst::Bool(b.value),
        Expr::StringLiteral(s) => KeyConst::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => KeyConst::Bytes(
            b.value
                .iter()
                .flat_map(|p| p.value.iter().copied())
                .collect(),
        ),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => KeyConst::Int(match i.as_i64() {
                Some(v) => BigInt::from(v),
                None => parse_big_int(&i.to_string()),
            }),
            ast::Number::Float(f) => KeyConst::Float(*f),
            ast::Number::Complex { real, imag } => KeyConst::Complex(*real, *imag),
        },
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match key_constant(&u.operand)? {
            KeyConst::Int(i) => KeyConst::Int(-i),
            KeyConst::Float(f) => KeyConst::Float(-f),
            KeyConst::Complex(r, i) => KeyConst::Complex(-r, -i),
            _ => return None,
        },
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            let (l, r) = (key_constant(&b.left)?, key_constant(&b.right)?);
            let (lr, li) = l.as_complex()?;
            let (rr, ri) = r.as_complex()?;
            if b.op == ast::Operator::Add {
                KeyConst::Complex(lr + rr, li + ri)
            } else {
                KeyConst::Complex(lr - rr, li - ri)
            }
        }
        _ => return None,
    })
}

impl KeyConst {
    /// A numeric value as (real, imaginary), for the constants that are numbers.
    fn as_complex(&self) -> Option<(f64, f64)> {
        match self {
            KeyConst::Int(i) => Some((i.to_f64()?, 0.0)),
            KeyConst::Bool(b) => Some((*b as i64 as f64, 0.0)),
            KeyConst::Float(f) => Some((*f, 0.0)),
            KeyConst::Complex(r, i) => Some((*r, *i)),
            _ => None,
        }
    }

    /// An exact integer value (ints, bools, integral floats and complex numbers).
    fn as_int(&self) -> Option<BigInt> {
        match self {
            KeyConst::Int(i) => Some(i.clone()),
            KeyConst::Bool(b) => Some(BigInt::from(*b as i64)),
            KeyConst::Float(f) if f.is_finite() && f.fract() == 0.0 => float_to_int(*f),
            KeyConst::Complex(r, i) if *i == 0.0 && r.is_finite() && r.fract() == 0.0 => {
                float_to_int(*r)
            }
            _ => None,
        }
    }

    /// Python's `==` between two literal keys.
    fn equals(&self, other: &KeyConst) -> bool {
        match (self, other) {
            (KeyConst::None, KeyConst::None) => true,
            (KeyConst::Str(a), KeyConst::Str(b)) => a == b,
            (KeyConst::Bytes(a), KeyConst::Bytes(b)) => a == b,
            (KeyConst::None | KeyConst::Str(_) | KeyConst::Bytes(_), _)
            | (_, KeyConst::None | KeyConst::Str(_) | KeyConst::Bytes(_)) => false,
            _ => match (self.as_int(), other.as_int()) {
                (Some(a), Some(b)) => a == b,
                (None, None) => self.as_complex() == other.as_complex(),
                _ => false,
            },
        }
    }

    /// Python's `repr` of the key.
    fn repr(&self) -> String {
        match self {
            KeyConst::None => "None".into(),
            KeyConst::Bool(b) => if *b { "True" } else { "False" }.into(),
            KeyConst::Int(i) => i.to_string(),
            KeyConst::Float(f) => float_repr(*f),
            KeyConst::Complex(r, i) => {
                if *r == 0.0 && r.is_sign_positive() {
                    format!("{}j", imag_repr(*i))
                } else {
                    let sign = if *i < 0.0 || (*i == 0.0 && i.is_sign_negative()) {
                        "-"
                    } else {
                        "+"
                    };
                    format!("({}{}{}j)", imag_repr(*r), sign, imag_repr(i.abs()))
                }
            }
            KeyConst::Str(s) => str_repr(s),
            KeyConst::Bytes(b) => bytes_repr(b),
        }
    }
}

fn float_to_int(f: f64) -> Option<BigInt> {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f)
}

/// `repr(float)`: the shortest text that reads back the same, in Python's layout.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let a = f.abs();
    if a != 0.0 && !(1e-4..1e16).contains(&a) {
        // 1e+16, 1.5e-05
        let s = format!("{f:e}");
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mant}e{sign}{:02}", exp.abs());
    }
    let s = format!("{f}");
    if s.contains('.') {
        s
    } else {
        format!("{s}.0")
    }
}

/// A component of a complex repr: integral values have no `.0`.
fn imag_repr(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// `repr(str)`.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
