//! Runtime support for the `with`, `match` and `try ... except*` statements: the work of the
//! instructions `BeforeWith`, `WithExceptStart`, `MatchClass`, `MatchMapping`,
//! `MatchSequence`, `MatchKeys`, `CheckEgMatch` and `PrepReraiseStar` (the interpreter loop
//! pops the operands and pushes the results; the compiler side is in
//! `spindle-compiler/src/codegen_{with,match,except_star}.rs`).
//!
//! Exception groups are used only through Python-level operations (calling the group types,
//! `exc.split(...)`), so this file does not depend on how they are implemented.

use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::types::dict::DictObj;
use crate::types::exceptions::{as_exc, ExcKind};
use crate::types::function::{Args, BuiltinObj};
use crate::types::str::as_str;
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::typeobj::{as_type, is_subtype, lookup};
use crate::types::{type_name, type_of, types};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};

// ----- with ---------------------------------------------------------------------------------

/// The special method `name` of `obj`, looked up on its type (not the instance), as the
/// callable pair of the call protocol: `(function, self)` for plain methods, `(callable, NULL)`
/// for anything already bound. Ok(None) when the type has no such attribute.
fn special_method(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<(Value, Value)>> {
    let ty = type_of(obj);
    let Some(f) = lookup(&ty, name) else {
        return Ok(None);
    };
    let pair = match f.payload() {
        Some(Payload::Function(_)) => (f.clone(), obj.clone()),
        Some(Payload::Builtin(b)) if b.owner.is_some() && b.bound.is_none() => {
            (f.clone(), obj.clone())
        }
        Some(Payload::StaticMethod(inner)) => (inner.clone(), Value::Null),
        Some(Payload::ClassMethod(inner)) => (inner.clone(), Value::Obj(ty)),
        Some(Payload::Instance(_)) => match lookup(&type_of(&f), "__get__") {
            Some(get) => {
                let bound = vm.call(&get, Args::new(&[f.clone(), obj.clone(), Value::Obj(ty)]))?;
                (bound, Value::Null)
            }
            None => (f.clone(), Value::Null),
        },
        _ => (f.clone(), Value::Null),
    };
    Ok(Some(pair))
}

/// Call a callable pair (`self` may be NULL) with `args`.
fn call_pair(vm: &Vm, func: &Value, self_: &Value, args: &[Value]) -> PyResult<Value> {
    if self_.is_null() {
        return vm.call(func, Args::new(args));
    }
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(self_.clone());
    all.extend_from_slice(args);
    vm.call(func, Args::new(&all))
}

/// `BeforeWith`: look up `__enter__` and `__exit__` on the type of `mgr`, then call
/// `__enter__`. Returns `(exit, exit_self_or_NULL, enter_result)`.
pub fn before_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value, Value)> {
    let Some((enter, enter_self)) = special_method(vm, mgr, "__enter__")? else {
        bail!(
            TypeError,
            "'{}' object does not support the context manager protocol",
            type_name(mgr)
        )
    };
    let Some((exit, exit_self)) = special_method(vm, mgr, "__exit__")? else {
        bail!(
            TypeError,
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            type_name(mgr)
        )
    };
    let entered = call_pair(vm, &enter, &enter_self, &[])?;
    Ok((exit, exit_self, entered))
}

/// `WithExceptStart`: `exit(type(exc), exc, exc.__traceback__)`; the caller tests the result.
pub fn with_except_start(vm: &Vm, exit: &Value, exit_self: &Value, exc: &Value) -> PyResult<Value> {
    let tb = ops::getattr(vm, exc, "__traceback__").unwrap_or(Value::None);
    let args = [Value::Obj(type_of(exc)), exc.clone(), tb];
    call_pair(vm, exit, exit_self, &args)
}

// ----- match --------------------------------------------------------------------------------

/// The `__abc_tpflags__` bits that mark a class (and its subclasses) as a collection:
/// `collections.abc.Sequence` and `Mapping` set them, as in CPython.
const ABC_FLAG_SEQUENCE: i64 = 1 << 5;
const ABC_FLAG_MAPPING: i64 = 1 << 6;

fn abc_flags(ty: &ObjRef) -> i64 {
    match lookup(ty, "__abc_tpflags__") {
        Some(Value::Int(f)) => f,
        _ => 0,
    }
}

/// `MatchSequence`: may `v` match a sequence pattern? Lists, tuples, ranges and classes
/// derived from them or from `collections.abc.Sequence`; never str, bytes or bytearray.
pub fn is_sequence(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => true,
        Some(Payload::Str(_) | Payload::Bytes(_)) => false,
        _ => {
            let ty = type_of(v);
            let t = types();
            if is_subtype(&ty, &t.str_) || is_subtype(&ty, &t.bytes) {
                return false;
            }
            if let Some(ba) = t.native_types.get("bytearray") {
                if is_subtype(&ty, ba) {
                    return false;
                }
            }
            is_subtype(&ty, &t.list)
                || is_subtype(&ty, &t.tuple)
                || is_subtype(&ty, &t.range)
                || abc_flags(&ty) & ABC_FLAG_SEQUENCE != 0
        }
    }
}

/// `MatchMapping`: may `v` match a mapping pattern? Dicts, their subclasses and classes
/// derived from `collections.abc.Mapping`.
pub fn is_mapping(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Dict(_)) => true,
        _ => {
            let ty = type_of(v);
            is_subtype(&ty, &types().dict) || abc_flags(&ty) & ABC_FLAG_MAPPING != 0
        }
    }
}

/// The built-in types whose class pattern takes one positional sub-pattern matched against
/// the subject itself (`case int(x):`).
fn matches_self(cls: &ObjRef) -> bool {
    let t = types();
    let builtin = [
        &t.bool_,
        &t.int,
        &t.float,
        &t.str_,
        &t.bytes,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
    ];
    builtin.iter().any(|b| is_subtype(cls, b))
        || t.native_types
            .get("bytearray")
            .is_some_and(|b| is_subtype(cls, b))
}

/// Read attribute `name` of the subject for a class pattern: Ok(None) when it is missing.
fn class_pattern_attr(
    vm: &Vm,
    subject: &Value,
    cls_name: &str,
    name: &Value,
    seen: &mut Vec<Value>,
) -> PyResult<Option<Value>> {
    let n = as_str(name).unwrap_or("");
    if seen.iter().any(|s| as_str(s) == Some(n)) {
        bail!(
            TypeError,
            "{}() got multiple sub-patterns for attribute {}",
            cls_name,
            ops::repr(vm, name)?
        );
    }
    seen.push(name.clone());
    match ops::getattr(vm, subject, n) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `MatchClass`: `case cls(p1, .., pn, k1=.., ..)` against `subject`. Returns the tuple of
/// the `nargs` positional attributes followed by the keyword attributes named in `kw_names`,
/// or None when the subject is not an instance of `cls` or lacks one of the attributes.
pub fn match_class(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    kw_names: &Value,
    nargs: usize,
) -> PyResult<Value> {
    let Some(cls_obj) = cls.obj().filter(|o| matches!(o.payload, Payload::Type(_))) else {
        bail!(TypeError, "called match pattern must be a class")
    };
    if !crate::builtins::construct::isinstance(vm, subject, cls)? {
        return Ok(Value::None);
    }
    let cls_name = as_type(cls_obj).map(|t| t.name()).unwrap_or_default();
    let mut seen: Vec<Value> = Vec::new();
    let mut attrs: Vec<Value> = Vec::new();
    if nargs > 0 {
        let (match_args, self_match) = match ops::attr::getattr_opt(vm, cls, "__match_args__")? {
            Some(m) => {
                if as_tuple(&m).is_none() {
                    bail!(
                        TypeError,
                        "{}.__match_args__ must be a tuple (got {})",
                        cls_name,
                        type_name(&m)
                    );
                }
                (m, false)
            }
            None => (new_tuple(Vec::new()), matches_self(cls_obj)),
        };
        let names = as_tuple(&match_args).unwrap_or(&[]);
        let allowed = if self_match { 1 } else { names.len() };
        if allowed < nargs {
            bail!(
                TypeError,
                "{}() accepts {} positional sub-pattern{} ({} given)",
                cls_name,
                allowed,
                if allowed == 1 { "" } else { "s" },
                nargs
            );
        }
        if self_match {
            attrs.push(subject.clone());
        } else {
            for name in &names[..nargs] {
                if as_str(name).is_none() {
                    bail!(
                        TypeError,
                        "__match_args__ elements must be strings (got {})",
                        type_name(name)
                    );
                }
                match class_pattern_attr(vm, subject, &cls_name, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    for name in as_tuple(kw_names).unwrap_or(&[]) {
        match class_pattern_attr(vm, subject, &cls_name, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(new_tuple(attrs))
}

/// `MatchKeys`: look each key up with `subject.get(key, <missing>)`. Returns the tuple of
/// values, or None when a key is missing. A key that repeats an earlier one is a ValueError.
pub fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = as_tuple(keys).unwrap_or(&[]);
    if keys.is_empty() {
        return Ok(new_tuple(Vec::new()));
    }
    let get = ops::getattr(vm, subject, "get")?;
    // A fresh object no mapping can hold: `get` returns it only for a missing key.
    let missing = crate::types::list::new_list(Vec::new());
    let seen = DictObj::new();
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        if seen.get(vm, key)?.is_some() {
            bail!(
                ValueError,
                "mapping pattern checks duplicate key ({})",
                ops::repr(vm, key)?
            );
        }
        seen.set(vm, key.clone(), Value::None)?;
        let v = vm.call(&get, Args::new(&[key.clone(), missing.clone()]))?;
        if v.is(&missing) {
            return Ok(Value::None);
        }
        values.push(v);
    }
    Ok(new_tuple(values))
}

/// `GetLen`: `len(v)` as an int.
pub fn get_len(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(ops::len(vm, v)? as i64))
}

// ----- except* ------------------------------------------------------------------------------

fn is_group(v: &Value) -> bool {
    is_subtype(&type_of(v), types().exc(ExcKind::BaseExceptionGroup))
}

/// Check the type (or tuple of types) of an `except*` clause.
fn check_except_star_type(ty: &Value) -> PyResult<()> {
    let items: Vec<Value> = match as_tuple(ty) {
        Some(t) => t.to_vec(),
        None => vec![ty.clone()],
    };
    let base = types().exc(ExcKind::BaseException);
    let group = types().exc(ExcKind::BaseExceptionGroup);
    let mut catches_group = false;
    for it in &items {
        match it.obj().filter(|o| matches!(o.payload, Payload::Type(_))) {
            Some(t) if is_subtype(t, base) => catches_group |= is_subtype(t, group),
            _ => bail!(
                TypeError,
                "catching classes that do not inherit from BaseException is not allowed"
            ),
        }
    }
    if catches_group {
        bail!(
            TypeError,
            "catching ExceptionGroup with except* is not allowed. Use except instead."
        );
    }
    Ok(())
}

/// `ExceptionGroup("", excs)`, or `BaseExceptionGroup` when one of `excs` is not an
/// `Exception` (what CPython's `BaseExceptionGroup(msg, excs)` constructor picks). The
/// sequence is passed as a list or a tuple, as CPython does (it shows in the group's repr).
fn new_group(vm: &Vm, excs: Vec<Value>, as_list: bool) -> PyResult<Value> {
    let exception = types().exc(ExcKind::Exception);
    let all_exceptions = excs.iter().all(|e| is_subtype(&type_of(e), exception));
    let kind = if all_exceptions {
        ExcKind::ExceptionGroup
    } else {
        ExcKind::BaseExceptionGroup
    };
    let cls = Value::Obj(types().exc(kind).clone());
    let msg = crate::types::str::new_str("");
    let seq = if as_list {
        crate::types::list::new_list(excs)
    } else {
        new_tuple(excs)
    };
    vm.call(&cls, Args::new(&[msg, seq]))
}

/// `CheckEgMatch`: split `exc` (what is left of the exception being handled, or None) by the
/// clause's type. Returns `(rest, match)`; `match` is None when nothing matched. A naked
/// exception that matches is wrapped in a new group whose traceback is the instruction `pc`
/// of `code` (the `except*` clause), as in CPython.
pub fn check_eg_match(
    vm: &Vm,
    exc: &Value,
    ty: &Value,
    code: &ObjRef,
    pc: u32,
) -> PyResult<(Value, Value)> {
    check_except_star_type(ty)?;
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if crate::interp::eval::exc_match(exc, ty)? {
        if is_group(exc) {
            return Ok((Value::None, exc.clone()));
        }
        // A naked exception: wrap it in a new group raised "here".
        let wrapped = new_group(vm, vec![exc.clone()], false)?;
        if let Some(w) = wrapped.obj().and_then(as_exc) {
            w.traceback.lock().clear();
            w.push_tb(code, pc);
        }
        return Ok((Value::None, wrapped));
    }
    if is_group(exc) {
        let (split, self_) = ops::method_lookup(vm, exc, "split")?;
        let pair = match self_ {
            Some(s) => vm.call(&split, Args::new(&[s, ty.clone()]))?,
            None => vm.call(&split, Args::new(std::slice::from_ref(ty)))?,
        };
        match as_tuple(&pair) {
            Some([m, r]) => return Ok((r.clone(), m.clone())),
            _ => bail!(
                TypeError,
                "X.split(type) must return a tuple, not {}",
                type_name(&pair)
            ),
        }
    }
    Ok((exc.clone(), Value::None))
}

/// Do two exceptions carry the same traceback, cause, context and notes (is `e` `orig`, or a
/// part of it split off unchanged, rather than something newly raised)?
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (a.obj().and_then(as_exc), b.obj().and_then(as_exc)) else {
        return false;
    };
    let tb_same = {
        let tx = x.traceback.lock().clone();
        let ty = y.traceback.lock().clone();
        tx.len() == ty.len()
            && tx
                .iter()
                .zip(ty.iter())
                .all(|(p, q)| p.pc == q.pc && ObjRef::ptr_eq(&p.code, &q.code))
    };
    let notes = |e: &crate::types::exceptions::ExcObj| {
        crate::types::dict::dict_get_str(&e.dict, "__notes__").unwrap_or(Value::None)
    };
    tb_same
        && x.cause.read().is(&y.cause.read())
        && x.context.read().is(&y.context.read())
        && notes(x).is(&notes(y))
}

/// The leaf (non-group) exceptions of `e`, depth first.
fn collect_leaves(vm: &Vm, e: &Value, out: &mut Vec<Value>, depth: usize) -> PyResult<()> {
    if !is_group(e) || depth > 10_000 {
        out.push(e.clone());
        return Ok(());
    }
    let excs = ops::getattr(vm, e, "exceptions")?;
    for sub in crate::builtins::collect(vm, &excs)? {
        collect_leaves(vm, &sub, out, depth + 1)?;
    }
    Ok(())
}

/// The predicate passed to `split` by [`project`]: is the exception one of the leaves (the
/// tuple bound as the first argument), by identity?
fn is_one_of_leaves(_vm: &Vm, args: Args) -> PyResult<Value> {
    let v = args.values;
    let (Some(leaves), Some(e)) = (v.first(), v.get(1)) else {
        bail!(TypeError, "leaf predicate takes one argument");
    };
    let leaves = as_tuple(leaves).unwrap_or(&[]);
    Ok(Value::Bool(leaves.iter().any(|l| l.is(e))))
}

/// The part of group `orig` made of the leaves of the exceptions in `keep`, with `orig`'s
/// nesting (None when empty).
fn project(vm: &Vm, orig: &Value, keep: &[Value]) -> PyResult<Value> {
    if keep.is_empty() {
        return Ok(Value::None);
    }
    let mut leaves = Vec::new();
    for e in keep {
        collect_leaves(vm, e, &mut leaves, 0)?;
    }
    let pred = Value::from_obj(Payload::Builtin(BuiltinObj {
        name: "<except* leaf>",
        owner: None,
        func: is_one_of_leaves,
        bound: Some(new_tuple(leaves)),
    }));
    let (split, self_) = ops::method_lookup(vm, orig, "split")?;
    let pair = match self_ {
        Some(s) => vm.call(&split, Args::new(&[s, pred]))?,
        None => vm.call(&split, Args::new(&[pred]))?,
    };
    match as_tuple(&pair) {
        Some([m, _]) => Ok(m.clone()),
        _ => Err(py_err!(TypeError, "split() must return a 2-tuple")),
    }
}

/// `PrepReraiseStar`: what a `try`/`except*` statement raises when its clauses are done.
/// `raised` holds what each clause that ran raised (a new exception, or a re-raise of what it
/// caught), then the unmatched rest (None entries are ignored). Re-raised parts keep the
/// structure of `orig`; new exceptions are put beside them in a new `ExceptionGroup`.
pub fn prep_reraise_star(vm: &Vm, orig: &Value, raised: &Value) -> PyResult<Value> {
    let items: Vec<Value> = match raised.payload() {
        Some(Payload::List(l)) => l.snapshot(),
        _ => Vec::new(),
    };
    if items.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        // A naked exception was caught (wrapped): at most one clause ran.
        return Ok(items[0].clone());
    }
    let mut new_raises = Vec::new();
    let mut reraised = Vec::new();
    for e in items.into_iter().filter(|e| !e.is_none()) {
        if same_metadata(&e, orig) {
            reraised.push(e);
        } else {
            new_raises.push(e);
        }
    }
    let reraised_part = project(vm, orig, &reraised)?;
    if new_raises.is_empty() {
        return Ok(reraised_part);
    }
    if !reraised_part.is_none() {
        new_raises.push(reraised_part);
    }
    if new_raises.len() == 1 {
        return Ok(new_raises.remove(0));
    }
    new_group(vm, new_raises, true)
}
