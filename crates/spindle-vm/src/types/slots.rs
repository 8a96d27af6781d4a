//! The special methods of built-in types as Python sees them (`int.__add__`, `list.__len__`,
//! `dict.__setitem__`, `str.__new__`...), `__slots__` member descriptors, and `super`.
//!
//! Built-in operations run natively (`ops::binary_op` never looks these up for built-in
//! values), but Python code names them: `super().__setitem__(k, v)` in a dict subclass,
//! `int.__new__(cls, 5)`, `list.__init__(self)`, and the lookup that an operator on an instance
//! of a subclass of a built-in type does. Each wrapper here runs the native operation on the
//! built-in value (`Vm::call_builtin` has already replaced an instance `self` by the built-in
//! value it extends). Which special methods a built-in type has follows CPython: see
//! [`dunders_for`].

use crate::error::PyResult;
use crate::object::{native, NativeObject, Payload};
use crate::ops;
use crate::types::function::{Args, NativeFn};
use crate::types::instance::new_instance;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{as_type, lookup, BaseKind};
use crate::types::{type_name, type_of, types};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use spindle_bytecode::{BinOp, CmpOp, UnOp};

fn not_implemented() -> Value {
    types().not_implemented.clone()
}

/// `(self, other)` of a binary special method.
fn two<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    match args.pos() {
        [a, b] => Ok((a, b)),
        [] => bail!(TypeError, "descriptor '{}' needs an argument", name),
        p => bail!(
            TypeError,
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        ),
    }
}

fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match args.pos() {
        [a] => Ok(a),
        [] => bail!(TypeError, "descriptor '{}' needs an argument", name),
        p => bail!(TypeError, "expected 0 arguments, got {}", p.len() - 1),
    }
}

macro_rules! binops {
    ($($fwd:ident $rev:ident $inp:ident = $op:ident $iop:ident;)*) => {
        $(
            fn $fwd(vm: &Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(&args, stringify!($fwd))?;
                Ok(ops::builtin_binop_values(vm, a, b, BinOp::$op)?.unwrap_or_else(not_implemented))
            }
            fn $rev(vm: &Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(&args, stringify!($rev))?;
                Ok(ops::builtin_binop_values(vm, b, a, BinOp::$op)?.unwrap_or_else(not_implemented))
            }
            fn $inp(vm: &Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(&args, stringify!($inp))?;
                Ok(ops::builtin_binop_values(vm, a, b, BinOp::$iop)?.unwrap_or_else(not_implemented))
            }
        )*
    };
}

binops! {
    add radd iadd = Add IAdd;
    sub rsub isub = Sub ISub;
    mul rmul imul = Mul IMul;
    truediv rtruediv itruediv = TrueDiv ITrueDiv;
    floordiv rfloordiv ifloordiv = FloorDiv IFloorDiv;
    mod_ rmod imod = Mod IMod;
    pow rpow ipow = Pow IPow;
    lshift rlshift ilshift = LShift ILShift;
    rshift rrshift irshift = RShift IRShift;
    and rand iand = And IAnd;
    or ror ior = Or IOr;
    xor rxor ixor = Xor IXor;
}

macro_rules! cmps {
    ($($f:ident = $op:ident;)*) => {
        $(
            fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(&args, stringify!($f))?;
                Ok(ops::compare_builtin_values(vm, a, b, CmpOp::$op)?.unwrap_or_else(not_implemented))
            }
        )*
    };
}

cmps! { lt = Lt; le = Le; eq = Eq; ne = Ne; gt = Gt; ge = Ge; }

macro_rules! unops {
    ($($f:ident = $op:ident;)*) => {
        $(
            fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
                let a = one(&args, stringify!($f))?;
                ops::unary_op(vm, a.unwrap_base(), UnOp::$op)
            }
        )*
    };
}

unops! { neg = Neg; pos = Pos; invert = Invert; }

fn divmod_(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "__divmod__")?;
    call_builtin_fn(
        vm,
        "divmod",
        &[a.unwrap_base().clone(), b.unwrap_base().clone()],
    )
}

fn rdivmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(&args, "__rdivmod__")?;
    call_builtin_fn(
        vm,
        "divmod",
        &[b.unwrap_base().clone(), a.unwrap_base().clone()],
    )
}

/// Call a function of the `builtins` module.
fn call_builtin_fn(vm: &Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = vm
        .builtin(name)
        .ok_or_else(|| py_err!(SystemError, "builtin {} missing", name))?;
    vm.call(&f, Args::new(args))
}

fn abs_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__abs__")?;
    call_builtin_fn(vm, "abs", &[a.unwrap_base().clone()])
}

fn bool_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__bool__")?;
    Ok(Value::Bool(ops::truthy(vm, a.unwrap_base())?))
}

fn int_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__int__")?;
    vm.call(
        &Value::Obj(types().int.clone()),
        Args::new(&[a.unwrap_base().clone()]),
    )
}

fn float_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__float__")?;
    vm.call(
        &Value::Obj(types().float.clone()),
        Args::new(&[a.unwrap_base().clone()]),
    )
}

fn index_(_vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__index__")?;
    match a.unwrap_base() {
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v => Ok(v.clone()),
    }
}

fn hash_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__hash__")?;
    Ok(Value::Int(ops::hash(vm, a.unwrap_base())?))
}

fn repr_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__repr__")?;
    Ok(new_str(&ops::repr(vm, a.unwrap_base())?))
}

fn str_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__str__")?;
    Ok(new_str(&ops::str_(vm, a.unwrap_base())?))
}

fn format_(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, spec) = two(&args, "__format__")?;
    call_builtin_fn(vm, "format", &[a.unwrap_base().clone(), spec.clone()])
}

fn len_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__len__")?;
    Ok(Value::Int(ops::len(vm, a.unwrap_base())? as i64))
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, k) = two(&args, "__getitem__")?;
    ops::getitem(vm, a.unwrap_base(), k)
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    match args.pos() {
        [a, k, v] => {
            ops::setitem(vm, a.unwrap_base(), k, v.clone())?;
            Ok(Value::None)
        }
        p => bail!(
            TypeError,
            "expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        ),
    }
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, k) = two(&args, "__delitem__")?;
    ops::delitem(vm, a.unwrap_base(), k)?;
    Ok(Value::None)
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, k) = two(&args, "__contains__")?;
    Ok(Value::Bool(ops::contains(vm, a.unwrap_base(), k)?))
}

fn iter_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__iter__")?;
    ops::iter(vm, a.unwrap_base())
}

fn reversed_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__reversed__")?;
    call_builtin_fn(vm, "reversed", &[a.unwrap_base().clone()])
}

/// `list.__init__(self, iterable=())`, `dict.__init__(self, ...)`, `set.__init__(self, it)`.
fn container_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(this) = p.first() else {
        bail!(TypeError, "descriptor '__init__' needs an argument");
    };
    let this = this.unwrap_base();
    match this.payload() {
        Some(Payload::List(l)) => {
            if p.len() > 2 {
                bail!(
                    TypeError,
                    "list expected at most 1 argument, got {}",
                    p.len() - 1
                );
            }
            args.no_kwargs("list")?;
            let items = match p.get(1) {
                Some(it) => crate::builtins::collect(vm, it)?,
                None => Vec::new(),
            };
            let old = std::mem::replace(&mut *l.items.write(), items);
            drop(old);
        }
        Some(Payload::Set(s)) => {
            if p.len() > 2 {
                bail!(
                    TypeError,
                    "set expected at most 1 argument, got {}",
                    p.len() - 1
                );
            }
            args.no_kwargs("set")?;
            *s.table.write() = Default::default();
            if let Some(it) = p.get(1) {
                for v in crate::builtins::collect(vm, it)? {
                    s.add(vm, v)?;
                }
            }
        }
        Some(Payload::Dict(_)) => {
            if p.len() > 2 {
                bail!(
                    TypeError,
                    "dict expected at most 1 argument, got {}",
                    p.len() - 1
                );
            }
            let update = lookup(&types().dict, "update")
                .ok_or_else(|| py_err!(SystemError, "dict.update"))?;
            vm.call(&update, args)?;
        }
        _ => {}
    }
    Ok(Value::None)
}

/// The built-in type whose instance layout `cls` extends (the first built-in type in its MRO
/// other than `object`), or `object`.
pub fn builtin_base(cls: &ObjRef) -> ObjRef {
    if let Some(t) = as_type(cls) {
        for b in t.mro.read().iter() {
            if let Some(bt) = as_type(b) {
                if bt.is_builtin() && bt.base_kind != BaseKind::Object {
                    return b.clone();
                }
            }
        }
    }
    types().object.clone()
}

/// `T.__new__(cls, *args)` for a built-in type T: the built-in value made from the arguments,
/// wrapped in an instance of `cls` when `cls` is a subclass.
fn builtin_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(cls_v) = p.first() else {
        bail!(TypeError, "__new__(): not enough arguments");
    };
    let Some(cls) = cls_v.obj().filter(|o| as_type(o).is_some()) else {
        bail!(
            TypeError,
            "__new__(X): X is not a type object ({})",
            type_name(cls_v)
        );
    };
    let base_t = builtin_base(cls);
    let kind = as_type(&base_t).map(|t| t.base_kind);
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let base = match kind {
        // Mutable containers start empty; __init__ fills them.
        Some(BaseKind::List) => crate::types::list::new_list(Vec::new()),
        Some(BaseKind::Dict) => crate::types::dict::new_dict(),
        Some(BaseKind::Set) => crate::types::set::new_set(Default::default()),
        _ => crate::builtins::construct::call_type(vm, &Value::Obj(base_t.clone()), rest)?,
    };
    if ObjRef::ptr_eq(cls, &base_t) {
        return Ok(base);
    }
    if as_type(cls).is_some_and(|t| t.is_builtin()) {
        bail!(
            TypeError,
            "{}.__new__({}) is not safe, use {}.__new__()",
            as_type(&base_t).map(|t| t.name()).unwrap_or_default(),
            as_type(cls).map(|t| t.name()).unwrap_or_default(),
            as_type(cls).map(|t| t.name()).unwrap_or_default()
        );
    }
    Ok(new_instance(cls.clone(), base))
}

/// The special methods a built-in type of `kind` has (besides those its own method table
/// defines, which take precedence).
pub fn dunders_for(kind: BaseKind) -> Vec<(&'static str, NativeFn)> {
    let cmp: [(&'static str, NativeFn); 6] = [
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    let arith: [(&'static str, NativeFn); 18] = [
        ("__add__", add),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", mod_),
        ("__rmod__", rmod),
        ("__divmod__", divmod_),
        ("__rdivmod__", rdivmod),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__neg__", neg),
        ("__pos__", pos),
    ];
    let bits: [(&'static str, NativeFn); 11] = [
        ("__lshift__", lshift),
        ("__rlshift__", rlshift),
        ("__rshift__", rshift),
        ("__rrshift__", rrshift),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__invert__", invert),
    ];
    let common: [(&'static str, NativeFn); 3] = [
        ("__repr__", repr_),
        ("__hash__", hash_),
        ("__new__", builtin_new),
    ];
    let seq: [(&'static str, NativeFn); 4] = [
        ("__len__", len_),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter_),
    ];
    let mut v: Vec<(&'static str, NativeFn)> = Vec::new();
    match kind {
        BaseKind::Int | BaseKind::Bool => {
            v.extend(common);
            v.extend(cmp);
            v.extend(arith);
            v.extend(bits);
            v.extend([
                ("__abs__", abs_ as NativeFn),
                ("__bool__", bool_),
                ("__int__", int_),
                ("__float__", float_),
                ("__index__", index_),
                ("__format__", format_),
            ]);
        }
        BaseKind::Float => {
            v.extend(common);
            v.extend(cmp);
            v.extend(arith);
            v.extend([
                ("__abs__", abs_ as NativeFn),
                ("__bool__", bool_),
                ("__int__", int_),
                ("__float__", float_),
                ("__format__", format_),
            ]);
        }
        BaseKind::Complex => {
            v.extend(common);
            v.extend(cmp);
            // complex has no //, % or divmod.
            v.extend(arith.into_iter().filter(|(n, _)| {
                !matches!(
                    *n,
                    "__floordiv__"
                        | "__rfloordiv__"
                        | "__mod__"
                        | "__rmod__"
                        | "__divmod__"
                        | "__rdivmod__"
                )
            }));
            v.extend([("__abs__", abs_ as NativeFn), ("__bool__", bool_)]);
        }
        BaseKind::Str | BaseKind::Bytes | BaseKind::Tuple => {
            v.extend(common);
            v.extend(cmp);
            v.extend(seq);
            v.extend([
                ("__add__", add as NativeFn),
                ("__mul__", mul),
                ("__rmul__", rmul),
            ]);
            if kind != BaseKind::Tuple {
                v.extend([("__mod__", mod_ as NativeFn), ("__rmod__", rmod)]);
            }
            if kind == BaseKind::Str {
                v.extend([("__str__", str_ as NativeFn), ("__format__", format_)]);
            }
        }
        BaseKind::List => {
            v.extend(common);
            v.extend(cmp);
            v.extend(seq);
            v.extend([
                ("__add__", add as NativeFn),
                ("__iadd__", iadd),
                ("__mul__", mul),
                ("__rmul__", rmul),
                ("__imul__", imul),
                ("__setitem__", setitem),
                ("__delitem__", delitem),
                ("__reversed__", reversed_),
                ("__init__", container_init),
            ]);
        }
        BaseKind::Dict => {
            v.extend(common);
            v.extend(cmp);
            v.extend(seq);
            v.extend([
                ("__setitem__", setitem as NativeFn),
                ("__delitem__", delitem),
                ("__or__", or),
                ("__ror__", ror),
                ("__ior__", ior),
                ("__reversed__", reversed_),
                ("__init__", container_init),
            ]);
        }
        BaseKind::Set | BaseKind::FrozenSet => {
            v.extend(common);
            v.extend(cmp);
            v.extend([
                ("__len__", len_ as NativeFn),
                ("__contains__", contains),
                ("__iter__", iter_),
                ("__and__", and),
                ("__rand__", rand),
                ("__or__", or),
                ("__ror__", ror),
                ("__xor__", xor),
                ("__rxor__", rxor),
                ("__sub__", sub),
                ("__rsub__", rsub),
            ]);
            if kind == BaseKind::Set {
                v.extend([
                    ("__iand__", iand as NativeFn),
                    ("__ior__", ior),
                    ("__ixor__", ixor),
                    ("__isub__", isub),
                    ("__init__", container_init),
                ]);
            }
        }
        BaseKind::Range => {
            v.extend([("__repr__", repr_ as NativeFn), ("__hash__", hash_)]);
            v.extend(cmp);
            v.extend(seq);
            v.push(("__reversed__", reversed_));
        }
        _ => {}
    }
    // Unhashable mutable containers: `__hash__` is None (set by the type registry).
    v.retain(|(n, _)| {
        !(*n == "__hash__" && matches!(kind, BaseKind::List | BaseKind::Dict | BaseKind::Set))
    });
    let _ = (ilshift, irshift, ifloordiv, itruediv, imod, ipow);
    v
}

// ---------------------------------------------------------------------------------------------
// __slots__ member descriptors.

/// The descriptor a class with `__slots__ = ('x',)` has for `x`.
pub struct MemberDescr {
    pub name: Value,
    pub owner: std::sync::Arc<str>,
}

impl NativeObject for MemberDescr {
    fn type_name(&self) -> &'static str {
        "member_descriptor"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn new_member(name: Value, owner: std::sync::Arc<str>) -> Value {
    Value::from_obj(Payload::Native(Box::new(MemberDescr { name, owner })))
}

pub fn as_member(v: &Value) -> Option<&MemberDescr> {
    match v.raw_payload() {
        Some(Payload::Native(_)) => native::<MemberDescr>(v),
        _ => None,
    }
}

fn member_target<'a>(
    m: &MemberDescr,
    obj: &'a Value,
) -> PyResult<&'a crate::types::instance::InstanceObj> {
    obj.instance().ok_or_else(|| {
        py_err!(
            TypeError,
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            as_str(&m.name).unwrap_or(""),
            m.owner,
            type_name(obj)
        )
    })
}

/// Read a slot.
pub fn member_get(attr: &Value, obj: &Value) -> PyResult<Value> {
    let Some(m) = as_member(attr) else {
        return Ok(attr.clone());
    };
    let inst = member_target(m, obj)?;
    let name = as_str(&m.name).unwrap_or("");
    inst.get_attr(name).ok_or_else(|| {
        py_err!(
            AttributeError,
            "'{}' object has no attribute '{}'",
            type_name(obj),
            name
        )
    })
}

/// Write (Some) or delete (None) a slot.
pub fn member_set(attr: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(m) = as_member(attr) else {
        return Ok(());
    };
    let inst = member_target(m, obj)?;
    let name = as_str(&m.name).unwrap_or("");
    match value {
        Some(v) => inst.set_attr(name, v),
        None => {
            if inst.del_attr(name).is_none() {
                bail!(AttributeError, "{}", name);
            }
        }
    }
    Ok(())
}

/// The class whose namespace holds the member descriptor `d` (a search of the live classes,
/// so that the descriptor holds no reference to its class).
fn member_owner(d: &Value, m: &MemberDescr) -> Option<ObjRef> {
    let mut todo = vec![types().object.clone()];
    let mut seen: Vec<usize> = Vec::new();
    while let Some(c) = todo.pop() {
        if seen.contains(&c.addr()) {
            continue;
        }
        seen.push(c.addr());
        let Some(t) = as_type(&c) else { continue };
        if *t.name() == *m.owner
            && t.own_attr(as_str(&m.name).unwrap_or(""))
                .is_some_and(|v| v.is(d))
        {
            return Some(c);
        }
        todo.extend(t.subclass_list());
    }
    None
}

/// `member.__name__`, `__qualname__`, `__objclass__`, `__doc__`.
pub fn member_attr(d: &Value, name: &str) -> Option<Value> {
    let m = as_member(d)?;
    match name {
        "__name__" => Some(m.name.clone()),
        "__qualname__" => Some(new_str(&format!(
            "{}.{}",
            m.owner,
            as_str(&m.name).unwrap_or("")
        ))),
        "__objclass__" => member_owner(d, m).map(Value::Obj),
        "__doc__" => Some(Value::None),
        _ => None,
    }
}

fn member_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__repr__")?;
    let m = as_member(a).ok_or_else(|| py_err!(TypeError, "member_descriptor expected"))?;
    Ok(new_str(&format!(
        "<member '{}' of '{}' objects>",
        as_str(&m.name).unwrap_or(""),
        m.owner
    )))
}

fn member_get_m(_vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (Some(d), Some(obj)) = (p.first(), p.get(1)) else {
        bail!(TypeError, "expected at least 1 argument, got 0");
    };
    if obj.is_none() {
        return Ok(d.clone());
    }
    member_get(d, obj)
}

fn member_set_m(_vm: &Vm, args: Args) -> PyResult<Value> {
    match args.pos() {
        [d, obj, v] => member_set(d, obj, Some(v.clone())).map(|_| Value::None),
        p => bail!(
            TypeError,
            "expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        ),
    }
}

fn member_delete_m(_vm: &Vm, args: Args) -> PyResult<Value> {
    match args.pos() {
        [d, obj] => member_set(d, obj, None).map(|_| Value::None),
        p => bail!(
            TypeError,
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        ),
    }
}

pub fn member_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__repr__", member_repr),
        ("__get__", member_get_m),
        ("__set__", member_set_m),
        ("__delete__", member_delete_m),
    ]
}

// ---------------------------------------------------------------------------------------------
// The descriptor methods of functions, staticmethod and classmethod.

fn desc_args<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a Value, Option<&'a Value>)> {
    match args.pos() {
        [d, obj] => Ok((d, obj, None)),
        [d, obj, ty] => Ok((d, obj, Some(ty))),
        p => bail!(
            TypeError,
            "expected 1 or 2 arguments, got {}",
            p.len().saturating_sub(1)
        ),
    }
}

fn function_get(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (f, obj, _) = desc_args(&args)?;
    if obj.is_none() {
        return Ok(f.clone());
    }
    Ok(Value::from_obj(Payload::BoundMethod(Box::new((
        f.clone(),
        obj.clone(),
    )))))
}

fn staticmethod_get(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (d, _, _) = desc_args(&args)?;
    match d.raw_payload() {
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        _ => Ok(d.clone()),
    }
}

fn classmethod_get(_vm: &Vm, args: Args) -> PyResult<Value> {
    let (d, obj, ty) = desc_args(&args)?;
    let owner = match ty {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Obj(type_of(obj)),
    };
    match d.raw_payload() {
        Some(Payload::ClassMethod(f)) => Ok(Value::from_obj(Payload::BoundMethod(Box::new((
            f.clone(),
            owner,
        ))))),
        _ => Ok(d.clone()),
    }
}

pub fn function_methods() -> Vec<(&'static str, NativeFn)> {
    vec![("__get__", function_get)]
}

pub fn staticmethod_methods() -> Vec<(&'static str, NativeFn)> {
    vec![("__get__", staticmethod_get)]
}

pub fn classmethod_methods() -> Vec<(&'static str, NativeFn)> {
    vec![("__get__", classmethod_get)]
}

// ---------------------------------------------------------------------------------------------
// super

/// `super(thisclass, obj)`: attribute lookup that starts after `thisclass` in the MRO of
/// `obj`'s class.
pub struct SuperObj {
    pub thisclass: ObjRef,
    /// The instance or class the lookup binds to (None for an unbound super).
    pub obj: Value,
    /// `type(obj)`, or `obj` itself when it is a class.
    pub obj_type: Option<ObjRef>,
}

impl NativeObject for SuperObj {
    fn type_name(&self) -> &'static str {
        "super"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn as_super(v: &Value) -> Option<&SuperObj> {
    match v.raw_payload() {
        Some(Payload::Native(_)) => native::<SuperObj>(v),
        _ => None,
    }
}

/// `super(...)`: with no arguments, the compiler passes `__class__` and the first argument.
pub fn super_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    args.no_kwargs("super")?;
    let p = args.pos();
    let Some(t) = p.first() else {
        bail!(RuntimeError, "super(): no arguments");
    };
    let Some(thisclass) = t.obj().filter(|o| as_type(o).is_some()) else {
        bail!(
            TypeError,
            "super() argument 1 must be a type, not {}",
            type_name(t)
        );
    };
    if p.len() > 2 {
        bail!(
            TypeError,
            "super() expected at most 2 arguments, got {}",
            p.len()
        );
    }
    let Some(obj) = p.get(1) else {
        return Ok(Value::from_obj(Payload::Native(Box::new(SuperObj {
            thisclass: thisclass.clone(),
            obj: Value::None,
            obj_type: None,
        }))));
    };
    let obj_type = if let Some(o) = obj.obj().filter(|o| as_type(o).is_some()) {
        if crate::types::typeobj::is_subtype(o, thisclass) {
            Some(o.clone())
        } else {
            None
        }
    } else {
        None
    };
    let obj_type = match obj_type {
        Some(t) => t,
        None => {
            let ot = type_of(obj);
            if !crate::types::typeobj::is_subtype(&ot, thisclass) {
                bail!(
                    TypeError,
                    "super(type, obj): obj ({} {}) is not an instance or subtype of type ({}).",
                    if obj.obj().is_some_and(|o| as_type(o).is_some()) {
                        "type"
                    } else {
                        "instance of"
                    },
                    obj.obj()
                        .and_then(as_type)
                        .map(|t| t.name())
                        .unwrap_or_else(|| type_name(obj)),
                    as_type(thisclass).map(|t| t.name()).unwrap_or_default()
                );
            }
            ot
        }
    };
    Ok(Value::from_obj(Payload::Native(Box::new(SuperObj {
        thisclass: thisclass.clone(),
        obj: obj.clone(),
        obj_type: Some(obj_type),
    }))))
}

/// `super_obj.name`.
pub fn super_getattr(vm: &Vm, sv: &Value, s: &SuperObj, name: &str) -> PyResult<Option<Value>> {
    match name {
        "__class__" => return Ok(Some(Value::Obj(type_of(sv)))),
        "__thisclass__" => return Ok(Some(Value::Obj(s.thisclass.clone()))),
        "__self__" => return Ok(Some(s.obj.clone())),
        "__self_class__" => {
            return Ok(Some(
                s.obj_type.clone().map(Value::Obj).unwrap_or(Value::None),
            ))
        }
        _ => {}
    }
    let Some(start) = &s.obj_type else {
        return Ok(None);
    };
    let mro = as_type(start)
        .map(|t| t.mro.read().clone())
        .unwrap_or_default();
    let mut after = mro.iter().skip_while(|c| !ObjRef::ptr_eq(c, &s.thisclass));
    after.next();
    for cls in after {
        let Some(ct) = as_type(cls) else { continue };
        let Some(a) = ct.own_attr(name) else { continue };
        let obj_is_class = s.obj.obj().is_some_and(|o| ObjRef::ptr_eq(o, start));
        return Ok(Some(match a.raw_payload() {
            Some(Payload::Function(_)) if !obj_is_class => {
                Value::from_obj(Payload::BoundMethod(Box::new((a.clone(), s.obj.clone()))))
            }
            Some(Payload::Builtin(b)) if b.bound.is_none() && b.owner.is_some() => {
                if b.name == "__new__" || obj_is_class && b.name != "__init_subclass__" {
                    a.clone()
                } else {
                    Value::from_obj(Payload::Builtin(crate::types::function::BuiltinObj {
                        name: b.name,
                        owner: b.owner,
                        func: b.func,
                        bound: Some(s.obj.clone()),
                    }))
                }
            }
            Some(Payload::ClassMethod(f)) => Value::from_obj(Payload::BoundMethod(Box::new((
                f.clone(),
                Value::Obj(start.clone()),
            )))),
            Some(Payload::StaticMethod(f)) => f.clone(),
            Some(Payload::Property(_)) if !obj_is_class => {
                crate::ops::attr::bind(vm, a.clone(), &s.obj, start)?
            }
            Some(Payload::Instance(_) | Payload::Native(_)) => {
                let aty = type_of(&a);
                match lookup(&aty, "__get__") {
                    Some(get) => {
                        let inst = if obj_is_class {
                            Value::None
                        } else {
                            s.obj.clone()
                        };
                        vm.call(
                            &get,
                            Args::new(&[a.clone(), inst, Value::Obj(start.clone())]),
                        )?
                    }
                    None => a.clone(),
                }
            }
            _ => a.clone(),
        }));
    }
    Ok(None)
}

fn super_repr(_vm: &Vm, args: Args) -> PyResult<Value> {
    let a = one(&args, "__repr__")?;
    let s = as_super(a).ok_or_else(|| py_err!(TypeError, "super expected"))?;
    let this = as_type(&s.thisclass).map(|t| t.name()).unwrap_or_default();
    Ok(new_str(&match &s.obj_type {
        Some(t) => format!(
            "<super: <class '{}'>, <{} object>>",
            this,
            as_type(t).map(|t| t.name()).unwrap_or_default()
        ),
        None => format!("<super: <class '{this}'>, NULL>"),
    }))
}

/// `super(T).__get__(obj, type=None)`: an unbound super binds to `obj`.
fn super_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (Some(me), Some(obj)) = (p.first(), p.get(1)) else {
        bail!(TypeError, "expected at least 1 argument, got 0");
    };
    let s = as_super(me).ok_or_else(|| py_err!(TypeError, "super expected"))?;
    if obj.is_none() || !s.obj.is_none() {
        return Ok(me.clone());
    }
    let a = [Value::Obj(s.thisclass.clone()), obj.clone()];
    super_new(vm, Args::new(&a))
}

pub fn super_methods() -> Vec<(&'static str, NativeFn)> {
    vec![("__repr__", super_repr), ("__get__", super_get)]
}

// ---------------------------------------------------------------------------------------------
// mappingproxy: the read-only view of a class namespace that `C.__dict__` returns (writes must
// go through setattr, which retags the class for the inline caches).

/// A read-only view of a mapping.
pub struct MappingProxy {
    pub mapping: Value,
}

impl NativeObject for MappingProxy {
    fn type_name(&self) -> &'static str {
        "mappingproxy"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The mapping behind a mappingproxy.
pub fn proxied_mapping(v: &Value) -> Option<&Value> {
    match v.raw_payload() {
        Some(Payload::Native(_)) => native::<MappingProxy>(v).map(|m| &m.mapping),
        _ => None,
    }
}

pub fn new_mappingproxy(mapping: Value) -> Value {
    Value::from_obj(Payload::Native(Box::new(MappingProxy { mapping })))
}

fn proxied<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| py_err!(TypeError, "descriptor '{}' needs an argument", name))?;
    match v.raw_payload() {
        Some(Payload::Native(_)) => native::<MappingProxy>(v)
            .map(|m| &m.mapping)
            .ok_or_else(|| py_err!(TypeError, "mappingproxy expected")),
        _ => bail!(TypeError, "mappingproxy expected"),
    }
}

/// Call the method `name` of the proxied mapping with the remaining arguments.
fn forward(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let m = proxied(&args, name)?;
    let f = ops::attr::getattr(vm, m, name)?;
    vm.call(
        &f,
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )
}

macro_rules! proxy_methods {
    ($($f:ident = $name:literal;)*) => {
        $(fn $f(vm: &Vm, args: Args) -> PyResult<Value> { forward(vm, args, $name) })*
    };
}

proxy_methods! {
    mp_keys = "keys"; mp_values = "values"; mp_items = "items"; mp_get = "get";
    mp_copy = "copy"; mp_getitem = "__getitem__"; mp_contains = "__contains__";
    mp_iter = "__iter__"; mp_len = "__len__"; mp_reversed = "__reversed__";
}

fn mp_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = proxied(&args, "__repr__")?;
    Ok(new_str(&format!("mappingproxy({})", ops::repr(vm, m)?)))
}

fn mp_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = proxied(&args, "__eq__")?;
    let other = args.pos().get(1).cloned().unwrap_or(Value::None);
    ops::compare(vm, m, &other, CmpOp::Eq)
}

fn mp_or(vm: &Vm, args: Args) -> PyResult<Value> {
    let m = proxied(&args, "__or__")?;
    let other = args.pos().get(1).cloned().unwrap_or(Value::None);
    let copy = ops::attr::getattr(vm, m, "copy")?;
    let c = vm.call(&copy, Args::new(&[]))?;
    ops::binary_op(vm, &c, &other, BinOp::Or)
}

pub fn mappingproxy_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("keys", mp_keys),
        ("values", mp_values),
        ("items", mp_items),
        ("get", mp_get),
        ("copy", mp_copy),
        ("__getitem__", mp_getitem),
        ("__contains__", mp_contains),
        ("__iter__", mp_iter),
        ("__len__", mp_len),
        ("__reversed__", mp_reversed),
        ("__repr__", mp_repr),
        ("__eq__", mp_eq),
        ("__or__", mp_or),
    ]
}
