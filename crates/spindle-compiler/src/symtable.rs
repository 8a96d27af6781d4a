//! Symbol tables: for every scope (module, function, lambda, comprehension, class body) decide
//! where each name lives — a fast local, a cell shared with inner scopes, a free variable read
//! through the closure, a global, or a namespace-dict name (module and class bodies).
//!
//! The pass walks the AST once before code generation; scopes are keyed by the address of the
//! AST node that opens them, which the code generator looks up again.

use crate::error::{CompileError, ErrorKind};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// Where a name lives in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local slot.
    Local,
    /// A local captured by an inner scope: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    /// `global x`, or a name of the module scope.
    GlobalExplicit,
    /// Not bound in any enclosing function: global or builtin.
    GlobalImplicit,
    /// Module or class body name: through the namespace dict.
    Name,
}

#[derive(Clone, Copy, Debug, Default)]
struct Flags {
    assigned: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
    /// Bound by a walrus inside a comprehension: binds in the enclosing function.
    comp_walrus: bool,
    /// Annotated (`x: int`) in this scope.
    annotated: bool,
    /// An iteration variable of this comprehension.
    comp_iter: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in first-seen order, with their flags.
    order: Vec<String>,
    flags: HashMap<String, Flags>,
    /// Resolved after analysis.
    resolved: HashMap<String, NameScope>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Parameter names in order (positional-only, positional, *args, keyword-only, **kwargs).
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Names of this scope that inner scopes capture (cellvars), in order.
    pub cellvars: Vec<String>,
    /// Names this scope reads from enclosing scopes (freevars), in order.
    pub freevars: Vec<String>,
    /// Class body needs a `__class__` cell (zero-argument super()).
    pub needs_class_cell: bool,
    /// The first `global`/`nonlocal` statement naming each name (where errors point).
    directives: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            flags: HashMap::new(),
            resolved: HashMap::new(),
            children: Vec::new(),
            parent,
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            directives: HashMap::new(),
        }
    }

    fn entry(&mut self, name: &str) -> &mut Flags {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.flags.entry(name.to_string()).or_default()
    }

    /// How `name` is reached from this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        if let Some(s) = self.resolved.get(name) {
            return *s;
        }
        match self.kind {
            ScopeKind::Module => NameScope::GlobalExplicit,
            ScopeKind::Class => NameScope::Name,
            _ => NameScope::GlobalImplicit,
        }
    }

    /// Local (non-cell) variables, parameters first.
    pub fn locals(&self) -> Vec<String> {
        let mut out: Vec<String> = self.params.clone();
        for name in &self.order {
            if matches!(self.resolved.get(name), Some(NameScope::Local)) && !out.contains(name) {
                out.push(name.clone());
            }
        }
        out
    }

    fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// All scopes of one module, with the map from AST node address to scope index.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    current: usize,
    errors: Vec<CompileError>,
    /// Depth of comprehension iterable expressions being visited (walrus is not allowed there).
    in_comp_iter: u32,
}

/// Build the symbol table of a module.
pub fn build(module: &[Stmt]) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        current: 0,
        errors: Vec::new(),
        in_comp_iter: 0,
    };
    for s in module {
        b.stmt(s);
    }
    if let Some(e) = b.errors.into_iter().next() {
        return Err(e);
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    resolve(&mut table)?;
    Ok(table)
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn error(&mut self, range: TextRange, msg: String) {
        self.errors
            .push(CompileError::new(ErrorKind::Syntax, msg, range));
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.current)));
        self.scopes[self.current].children.push(idx);
        self.by_node.insert(node as *const T as usize, idx);
        let prev = self.current;
        self.current = idx;
        prev
    }

    fn bind(&mut self, name: &str, range: TextRange) {
        if name == "__debug__" {
            self.error(range, "cannot assign to __debug__".into());
        }
        let f = self.scope().entry(name);
        if f.global || f.nonlocal {
            f.assigned = true;
            return;
        }
        f.assigned = true;
        let _ = range;
    }

    fn use_name(&mut self, name: &str) {
        self.scope().entry(name).used = true;
    }

    fn declare_global(&mut self, name: &str, range: TextRange, nonlocal: bool) {
        let kind = self.scope().kind;
        let existing = self.scope().flags.get(name).copied();
        let what = if nonlocal { "nonlocal" } else { "global" };
        if let Some(f) = existing {
            if f.param {
                self.error(range, format!("name '{name}' is parameter and {what}"));
                return;
            }
            if !(f.global || f.nonlocal) {
                if f.used {
                    self.error(
                        range,
                        format!("name '{name}' is used prior to {what} declaration"),
                    );
                    return;
                }
                if f.annotated {
                    self.error(range, format!("annotated name '{name}' can't be {what}"));
                    return;
                }
                if f.assigned {
                    self.error(
                        range,
                        format!("name '{name}' is assigned to before {what} declaration"),
                    );
                    return;
                }
            }
        }
        let first = *self
            .scope()
            .directives
            .entry(name.to_string())
            .or_insert(range);
        if nonlocal {
            if kind == ScopeKind::Module {
                self.error(
                    range,
                    "nonlocal declaration not allowed at module level".into(),
                );
                return;
            }
            let f = self.scope().entry(name);
            if f.global {
                self.error(first, format!("name '{name}' is nonlocal and global"));
                return;
            }
            f.nonlocal = true;
        } else {
            let f = self.scope().entry(name);
            if f.nonlocal {
                self.error(first, format!("name '{name}' is nonlocal and global"));
                return;
            }
            f.global = true;
        }
    }

    fn params(&mut self, params: &ast::Parameters) {
        let mut all: Vec<&ast::Parameter> = Vec::new();
        for p in params.posonlyargs.iter().chain(params.args.iter()) {
            all.push(&p.parameter);
        }
        let mut order: Vec<&ast::Parameter> = all.clone();
        for p in params.kwonlyargs.iter() {
            order.push(&p.parameter);
        }
        // CPython's order: positional, keyword-only, *args, **kwargs.
        if let Some(v) = &params.vararg {
            order.push(v);
        }
        if let Some(k) = &params.kwarg {
            order.push(k);
        }
        for p in order {
            let name = p.name.id.as_str();
            if name == "__debug__" {
                self.error(p.range(), "cannot assign to __debug__".into());
            }
            if self.scope().params.iter().any(|n| n == name) {
                self.error(
                    p.range(),
                    format!("duplicate argument '{name}' in function definition"),
                );
            }
            self.scope().params.push(name.to_string());
            let f = self.scope().entry(name);
            f.param = true;
            f.assigned = true;
        }
    }

    fn param_defaults_and_annotations(&mut self, params: &ast::Parameters, annotations: bool) {
        for p in params.iter_non_variadic_params() {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
        if annotations {
            for p in params.iter() {
                if let Some(a) = p.annotation() {
                    self.expr(a);
                }
            }
        }
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.param_defaults_and_annotations(&f.parameters, true);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.bind(f.name.id.as_str(), f.range);
                let prev = self.push_scope(f, ScopeKind::Function, f.name.id.as_str());
                self.scope().is_coroutine = f.is_async;
                self.params(&f.parameters);
                self.body(&f.body);
                self.current = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.bind(c.name.id.as_str(), c.range);
                let prev = self.push_scope(c, ScopeKind::Class, c.name.id.as_str());
                self.body(&c.body);
                self.current = prev;
            }
            Stmt::Return(r) => {
                if !self.scopes[self.current].is_function_like() {
                    self.error(r.range, "'return' outside function".into());
                }
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.del_debug_check(t);
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = a.target.as_ref() {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                self.expr(&a.annotation);
                if let Expr::Name(n) = a.target.as_ref() {
                    let f = self.scope().flags.get(n.id.as_str()).copied();
                    if let Some(f) = f {
                        if f.global || f.nonlocal {
                            let what = if f.global { "global" } else { "nonlocal" };
                            self.error(
                                a.range,
                                format!("annotated name '{}' can't be {what}", n.id),
                            );
                        }
                    }
                    if f.map(|f| !(f.global || f.nonlocal)).unwrap_or(true) {
                        self.scope().entry(n.id.as_str()).annotated = true;
                    }
                    if a.value.is_some() || self.scopes[self.current].is_function_like() {
                        self.bind(n.id.as_str(), n.range);
                    }
                } else {
                    self.target(&a.target);
                }
            }
            Stmt::TypeAlias(t) => {
                self.target(&t.name);
                self.expr(&t.value);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.body(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.body(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    self.pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.body(&case.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.id.as_str(), n.range);
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = match &alias.asname {
                        Some(a) => a.id.as_str(),
                        None => alias.name.id.as_str().split('.').next().unwrap_or(""),
                    };
                    self.bind(name, i.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name).id.as_str();
                    if name == "*" {
                        if self.scopes[self.current].kind != ScopeKind::Module {
                            self.error(i.range, "import * only allowed at module level".into());
                        }
                        continue;
                    }
                    self.bind(name, i.range);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.declare_global(n.id.as_str(), g.range, false);
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    self.declare_global(name.id.as_str(), n.range, true);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.bind(r.id.as_str(), r.range);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.arguments.patterns.iter().for_each(|p| self.pattern(p));
                c.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.pattern(&k.pattern));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.id.as_str(), n.range);
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.bind(n.id.as_str(), n.range);
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str(), n.range),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            Expr::Attribute(a) => {
                if a.attr.id.as_str() == "__debug__" && a.ctx == ast::ExprContext::Store {
                    self.error(a.range, "cannot assign to __debug__".into());
                }
                self.expr(&a.value)
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            other => self.expr(other),
        }
    }

    /// `del __debug__` (also inside tuples and lists of targets).
    fn del_debug_check(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                self.error(n.range, "cannot delete __debug__".into());
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.del_debug_check(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.del_debug_check(e)),
            _ => {}
        }
    }

    fn comprehension<T: Ranged>(
        &mut self,
        node: &T,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.in_comp_iter += 1;
            self.expr(&first.iter);
            self.in_comp_iter -= 1;
        }
        let prev = self.push_scope(node, ScopeKind::Comprehension, name);
        self.scope().is_generator = is_gen;
        self.scope().params.push(".0".to_string());
        self.scope().entry(".0").param = true;
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                self.expr(&g.iter);
                self.in_comp_iter -= 1;
            }
            self.comp_target(&g.target);
            for cond in &g.ifs {
                self.expr(cond);
            }
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        for e in elts {
            self.expr(e);
        }
        let inner = self.current;
        self.current = prev;
        self.end_comprehension(inner, node.range());
    }

    /// `await` is only allowed in an `async def` (or a comprehension, which then becomes
    /// asynchronous).
    fn check_await(&mut self, range: TextRange) {
        let s = &self.scopes[self.current];
        if !s.is_function_like() {
            self.error(range, "'await' outside function".into());
        } else if s.kind == ScopeKind::Comprehension {
            self.scope().is_coroutine = true;
        } else if !(s.kind == ScopeKind::Function && s.is_coroutine) {
            self.error(range, "'await' outside async function".into());
        }
    }

    /// An asynchronous comprehension (not a generator expression) is awaited where it is
    /// evaluated: that must be an `async def` or another comprehension (which becomes
    /// asynchronous too).
    fn end_comprehension(&mut self, inner: usize, range: TextRange) {
        let c = &self.scopes[inner];
        if !c.is_coroutine || c.is_generator {
            return;
        }
        let s = &self.scopes[self.current];
        let ok =
            (s.kind == ScopeKind::Function && s.is_coroutine) || s.kind == ScopeKind::Comprehension;
        if !ok {
            self.error(
                range,
                "asynchronous comprehension outside of an asynchronous function".into(),
            );
        }
        self.scope().is_coroutine = true;
    }

    fn comp_target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    self.error(n.range, "cannot assign to __debug__".into());
                }
                let f = self.scope().entry(n.id.as_str());
                f.assigned = true;
                f.comp_iter = true;
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.target(other),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(n.id.as_str()),
                ast::ExprContext::Del => {
                    self.del_debug_check(e);
                    self.bind(n.id.as_str(), n.range)
                }
                _ => self.bind(n.id.as_str(), n.range),
            },
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::Named(n) => {
                self.expr(&n.value);
                if let Expr::Name(t) = n.target.as_ref() {
                    if self.in_comp_iter > 0 {
                        self.error(
                            n.range,
                            "assignment expression cannot be used in a comprehension iterable expression".into(),
                        );
                    }
                    let mut c = self.current;
                    while self.scopes[c].kind == ScopeKind::Comprehension {
                        if self.scopes[c]
                            .flags
                            .get(t.id.as_str())
                            .map(|f| f.comp_iter)
                            .unwrap_or(false)
                        {
                            self.error(
                                n.range,
                                format!(
                                    "assignment expression cannot rebind comprehension iteration variable '{}'",
                                    t.id
                                ),
                            );
                            break;
                        }
                        match self.scopes[c].parent {
                            Some(p) => c = p,
                            None => break,
                        }
                    }
                    if self.scopes[self.current].kind == ScopeKind::Comprehension {
                        // PEP 572: binds in the nearest enclosing non-comprehension scope.
                        let mut target = self.current;
                        while self.scopes[target].kind == ScopeKind::Comprehension {
                            match self.scopes[target].parent {
                                Some(p) => target = p,
                                None => break,
                            }
                        }
                        if self.scopes[target].kind == ScopeKind::Class {
                            self.error(
                                n.range,
                                "assignment expression within a comprehension cannot be used in a class body".into(),
                            );
                        }
                        self.scope().entry(t.id.as_str()).comp_walrus = true;
                        self.scopes[target].entry(t.id.as_str()).assigned = true;
                    } else {
                        self.bind(t.id.as_str(), t.range);
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults_and_annotations(p, false);
                }
                let prev = self.push_scope(l, ScopeKind::Lambda, "<lambda>");
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body);
                self.current = prev;
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k);
                    }
                    self.expr(&item.value);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => {
                self.comprehension(c, "<listcomp>", &c.generators, &[&c.elt], false)
            }
            Expr::SetComp(c) => self.comprehension(c, "<setcomp>", &c.generators, &[&c.elt], false),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c, "<dictcomp>", &c.generators, &elts, false)
            }
            Expr::Generator(g) => {
                self.comprehension(g, "<genexpr>", &g.generators, &[&g.elt], true)
            }
            Expr::Await(a) => {
                self.check_await(a.range);
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range);
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range);
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.arguments.args.iter().for_each(|v| self.expr(v));
                c.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.expr(&k.value));
                for k in c.arguments.keywords.iter() {
                    if k.arg
                        .as_ref()
                        .map(|a| a.id.as_str() == "__debug__")
                        .unwrap_or(false)
                    {
                        self.error(k.range, "cannot assign to __debug__".into());
                    }
                }
                if let Expr::Name(n) = c.func.as_ref() {
                    if n.id.as_str() == "super" {
                        self.mark_super();
                    }
                }
            }
            Expr::FString(f) => {
                for part in f.value.as_slice() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements);
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v);
                }
            }
        }
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression);
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements);
                }
            }
        }
    }

    fn mark_generator(&mut self, range: TextRange) {
        let scope = &mut self.scopes[self.current];
        match scope.kind {
            ScopeKind::Function | ScopeKind::Lambda => scope.is_generator = true,
            ScopeKind::Comprehension => {
                self.error(range, "'yield' inside list comprehension".into());
            }
            _ => self.error(range, "'yield' outside function".into()),
        }
    }

    /// Zero-argument `super()` makes the function read `__class__` from the class cell.
    fn mark_super(&mut self) {
        if self.scopes[self.current].kind == ScopeKind::Function {
            self.scope().entry("__class__").used = true;
        }
    }
}

/// Decide each name's scope, innermost last, and collect cell and free variables.
fn resolve(table: &mut SymbolTable) -> Result<(), CompileError> {
    // Process scopes in creation order (parents before children).
    for idx in 0..table.scopes.len() {
        let names: Vec<String> = table.scopes[idx].order.clone();
        for name in names {
            let f = table.scopes[idx].flags[&name];
            let kind = table.scopes[idx].kind;
            let scope = if f.global {
                NameScope::GlobalExplicit
            } else if f.nonlocal {
                match find_enclosing_binding(table, idx, &name) {
                    Some(_) => NameScope::Free,
                    None => {
                        return Err(CompileError::new(
                            ErrorKind::Syntax,
                            format!("no binding for nonlocal '{name}' found"),
                            table.scopes[idx]
                                .directives
                                .get(&name)
                                .copied()
                                .unwrap_or_default(),
                        ))
                    }
                }
            } else if f.comp_walrus {
                let mut target = idx;
                while table.scopes[target].kind == ScopeKind::Comprehension {
                    target = table.scopes[target].parent.unwrap_or(0);
                }
                if table.scopes[target].kind == ScopeKind::Module
                    || table.scopes[target].lookup(&name) == NameScope::GlobalExplicit
                {
                    NameScope::GlobalExplicit
                } else {
                    NameScope::Free
                }
            } else if f.assigned || f.param {
                match kind {
                    ScopeKind::Module => NameScope::GlobalExplicit,
                    ScopeKind::Class => NameScope::Name,
                    _ => NameScope::Local,
                }
            } else if name == "__class__" && kind == ScopeKind::Function {
                // Zero-argument super(): free if some enclosing class provides the cell.
                match class_ancestor(table, idx) {
                    Some(_) => NameScope::Free,
                    None => NameScope::GlobalImplicit,
                }
            } else {
                match kind {
                    ScopeKind::Module => NameScope::GlobalExplicit,
                    _ => match find_enclosing_binding(table, idx, &name) {
                        Some(_) => NameScope::Free,
                        None => {
                            if kind == ScopeKind::Class {
                                NameScope::Name
                            } else {
                                NameScope::GlobalImplicit
                            }
                        }
                    },
                }
            };
            // Class bodies read enclosing function variables by name lookup first; keep Free.
            table.scopes[idx].resolved.insert(name.clone(), scope);
            if scope == NameScope::Free {
                add_free(table, idx, &name);
            }
        }
    }
    // Order cellvars/freevars deterministically (sorted, like CPython).
    for s in table.scopes.iter_mut() {
        s.cellvars.sort();
        s.freevars.sort();
    }
    Ok(())
}

fn class_ancestor(table: &SymbolTable, idx: usize) -> Option<usize> {
    let mut cur = table.scopes[idx].parent;
    while let Some(p) = cur {
        if table.scopes[p].kind == ScopeKind::Class {
            return Some(p);
        }
        cur = table.scopes[p].parent;
    }
    None
}

/// The nearest enclosing function scope that binds `name` locally (skipping class scopes).
fn find_enclosing_binding(table: &SymbolTable, idx: usize, name: &str) -> Option<usize> {
    let mut cur = table.scopes[idx].parent;
    while let Some(p) = cur {
        let s = &table.scopes[p];
        if s.kind == ScopeKind::Module {
            return None;
        }
        if s.kind != ScopeKind::Class {
            if let Some(f) = s.flags.get(name) {
                if f.global {
                    return None;
                }
                if (f.assigned || f.param) && !f.comp_walrus || f.nonlocal {
                    return Some(p);
                }
            }
        }
        cur = s.parent;
    }
    None
}

/// Record that scope `idx` reads `name` freely: every scope between it and the binder passes the
/// variable through as a free variable, and the binder turns its local into a cell.
fn add_free(table: &mut SymbolTable, idx: usize, name: &str) {
    if name == "__class__" {
        let mut cur = idx;
        while let Some(p) = table.scopes[cur].parent {
            if !table.scopes[cur].freevars.iter().any(|n| n == name) {
                table.scopes[cur].freevars.push(name.to_string());
            }
            if table.scopes[p].kind == ScopeKind::Class {
                table.scopes[p].needs_class_cell = true;
                if !table.scopes[p].cellvars.iter().any(|n| n == name) {
                    table.scopes[p].cellvars.push(name.to_string());
                }
                return;
            }
            cur = p;
        }
        return;
    }
    let mut cur = idx;
    loop {
        if !table.scopes[cur].freevars.iter().any(|n| n == name) {
            table.scopes[cur].freevars.push(name.to_string());
        }
        let Some(p) = table.scopes[cur].parent else {
            return;
        };
        let ps = &table.scopes[p];
        let binds = ps.kind != ScopeKind::Class
            && ps.kind != ScopeKind::Module
            && ps
                .flags
                .get(name)
                .map(|f| (f.assigned || f.param) && !f.nonlocal && !f.global && !f.comp_walrus)
                .unwrap_or(false);
        if binds {
            let ps = &mut table.scopes[p];
            if !ps.cellvars.iter().any(|n| n == name) {
                ps.cellvars.push(name.to_string());
            }
            ps.resolved.insert(name.to_string(), NameScope::Cell);
            return;
        }
        if ps.kind == ScopeKind::Class {
            // Pass through the class: the class body itself does not get the free variable
            // unless it names it; continue to its parent.
            cur = p;
            continue;
        }
        cur = p;
        if matches!(table.scopes[cur].resolved.get(name), Some(NameScope::Free)) {
            // Already threaded from here up.
            if !table.scopes[cur].freevars.iter().any(|n| n == name) {
                table.scopes[cur].freevars.push(name.to_string());
            }
        }
    }
}
