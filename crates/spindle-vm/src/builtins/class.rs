//! Creating classes and instances: the `class` statement (`__build_class__`), metaclass
//! selection and `__prepare__`, `type.__new__` (namespace, `__slots__`, `__set_name__`,
//! `__init_subclass__`), and calling a class (`type.__call__`: `__new__` then `__init__`).

use crate::error::PyResult;
use crate::interp::eval::{run_frame, Exit};
use crate::interp::frame::Frame;
use crate::object::Payload;
use crate::types::dict::{as_dict, new_dict_obj, DictObj};
use crate::types::exceptions::new_exception_of;
use crate::types::function::Args;
use crate::types::instance::new_instance;
use crate::types::slots::{builtin_base, new_member};
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{
    self, as_type, compute_mro, flag, lookup, BaseKind, TypeAttrs, TypeObj,
};
use crate::types::{type_name, type_of, types};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::{bail, py_err};
use parking_lot::RwLock;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

/// Is `f` the built-in `object.<name>`?
pub fn is_object_method(f: &Value) -> bool {
    matches!(f.raw_payload(), Some(Payload::Builtin(b)) if b.owner == Some("object"))
}

/// The most derived metaclass among `meta` and the metaclasses of `bases`.
pub fn calculate_meta(meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = type_of(b);
        if typeobj::is_subtype(&winner, &bt) {
            continue;
        }
        if typeobj::is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        bail!(
            TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
        );
    }
    Ok(winner)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: the `class` statement.
pub fn build_class(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() < 2 {
        bail!(TypeError, "__build_class__: not enough arguments");
    }
    let Some(Payload::Function(f)) = p[0].raw_payload() else {
        bail!(TypeError, "__build_class__: func must be a function")
    };
    let Some(name) = as_str(&p[1]) else {
        bail!(TypeError, "__build_class__: name is not a string")
    };
    let bases = resolve_mro_entries(vm, &p[2..])?;
    let orig_bases =
        if bases.len() != p.len() - 2 || bases.iter().zip(&p[2..]).any(|(a, b)| !a.is(b)) {
            Some(crate::types::tuple::new_tuple(p[2..].to_vec()))
        } else {
            None
        };
    let mut kw_names: Vec<Value> = Vec::new();
    let mut kw_values: Vec<Value> = Vec::new();
    let mut explicit_meta: Option<Value> = None;
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            explicit_meta = Some(v.clone());
        } else {
            kw_names.push(new_str(k));
            kw_values.push(v.clone());
        }
    }
    let meta: Value = match explicit_meta {
        Some(m) => match m.obj().filter(|o| as_type(o).is_some()) {
            Some(mo) => Value::Obj(calculate_meta(mo, &bases)?),
            None => m,
        },
        None => {
            let first = match bases.first() {
                Some(b) => type_of(b),
                None => types().type_.clone(),
            };
            Value::Obj(calculate_meta(&first, &bases)?)
        }
    };
    let bases_tuple = crate::types::tuple::new_tuple(bases.clone());
    // __prepare__
    let ns: ObjRef = match crate::ops::attr::getattr_opt(vm, &meta, "__prepare__")? {
        Some(prep) if !is_object_method(&prep) && !is_type_prepare(&prep) => {
            let mut v = vec![p[1].clone(), bases_tuple.clone()];
            v.extend(kw_values.iter().cloned());
            let r = vm.call(
                &prep,
                Args {
                    values: &v,
                    kwnames: &kw_names,
                },
            )?;
            match r {
                Value::Obj(o) => o,
                other => bail!(
                    TypeError,
                    "{}.__prepare__() must return a mapping, not {}",
                    meta_name(&meta),
                    type_name(&other)
                ),
            }
        }
        _ => new_dict_obj(),
    };
    let code = f.code_vm();
    let mut frame = Frame::new(
        f.code.clone(),
        f.globals.clone(),
        f.builtins.clone(),
        Some(ns.clone()),
    );
    let nlocals = code.code.varnames.len();
    let ncellvars = code.code.cellvars.len();
    for (i, cell) in f.closure.iter().enumerate() {
        frame.slots[nlocals + ncellvars + i] = Value::Obj(cell.clone());
    }
    vm.enter()?;
    let r = run_frame(vm, &mut frame);
    vm.leave();
    let cell = match r? {
        Exit::Return(v) => v,
        Exit::Yield(_) => Value::None,
    };
    let nsv = Value::Obj(ns.clone());
    if let Some(Payload::Cell(_)) = cell.raw_payload() {
        crate::ops::setitem(vm, &nsv, &new_str("__classcell__"), cell.clone())?;
    }
    if let Some(ob) = orig_bases {
        crate::ops::setitem(vm, &nsv, &new_str("__orig_bases__"), ob)?;
    }
    let immortal = !code.code.qualname.contains("<locals>");
    let is_plain_type = meta
        .obj()
        .is_some_and(|m| ObjRef::ptr_eq(m, &types().type_));
    if is_plain_type {
        let d = copy_namespace(vm, &nsv)?;
        return new_class(
            vm,
            &types().type_,
            name,
            &bases,
            d,
            &kw_names,
            &kw_values,
            immortal,
        );
    }
    let mut v = vec![p[1].clone(), bases_tuple, nsv];
    v.extend(kw_values.iter().cloned());
    let cls = vm.call(
        &meta,
        Args {
            values: &v,
            kwnames: &kw_names,
        },
    )?;
    if immortal {
        if let Value::Obj(o) = &cls {
            if matches!(o.payload, Payload::Type(_)) && o.ref_count() == 1 {
                o.immortalize();
            }
        }
    }
    Ok(cls)
}

/// PEP 560: bases that are not classes but have `__mro_entries__` are replaced by its result.
fn resolve_mro_entries(vm: &Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    for b in bases {
        if b.obj().is_some_and(|o| as_type(o).is_some()) {
            out.push(b.clone());
            continue;
        }
        match crate::ops::attr::getattr_opt(vm, b, "__mro_entries__")? {
            Some(f) => {
                let orig = crate::types::tuple::new_tuple(bases.to_vec());
                let r = vm.call(&f, Args::new(&[orig]))?;
                match crate::types::tuple::as_tuple(&r) {
                    Some(items) => out.extend(items.iter().cloned()),
                    None => bail!(TypeError, "__mro_entries__ must return a tuple"),
                }
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}

fn is_type_prepare(f: &Value) -> bool {
    matches!(f.raw_payload(), Some(Payload::Builtin(b)) if b.owner == Some("type") && b.name == "__prepare__")
}

fn meta_name(meta: &Value) -> Arc<str> {
    meta.obj()
        .and_then(as_type)
        .map(|t| t.name())
        .unwrap_or_else(|| type_name(meta))
}

/// A fresh dict with the items of the class-body namespace (any mapping).
fn copy_namespace(vm: &Vm, ns: &Value) -> PyResult<ObjRef> {
    if let Some(d) = as_dict(ns) {
        return Ok(ObjRef::new(Payload::Dict(DictObj::from_table(
            d.snapshot(),
        ))));
    }
    let out = DictObj::new();
    let keys = crate::ops::attr::getattr(vm, ns, "keys")?;
    let keys = vm.call(&keys, Args::new(&[]))?;
    for k in crate::builtins::collect(vm, &keys)? {
        let v = crate::ops::getitem(vm, ns, &k)?;
        out.set(vm, k, v)?;
    }
    Ok(ObjRef::new(Payload::Dict(out)))
}

/// `type.__new__(meta, name, bases, ns, **kwds)`: create a class whose namespace is the dict
/// `ns` (owned by the class from now on).
#[allow(clippy::too_many_arguments)]
pub fn new_class(
    vm: &Vm,
    meta: &ObjRef,
    name: &str,
    bases: &[Value],
    ns: ObjRef,
    kw_names: &[Value],
    kw_values: &[Value],
    immortal: bool,
) -> PyResult<Value> {
    if name.contains('\0') {
        bail!(ValueError, "type name must not contain null characters");
    }
    let tys = types();
    let mut base_refs: Vec<ObjRef> = Vec::new();
    for b in bases {
        match b.obj().filter(|o| matches!(o.payload, Payload::Type(_))) {
            Some(o) => base_refs.push(o.clone()),
            None => bail!(TypeError, "bases must be types"),
        }
    }
    for (i, b) in base_refs.iter().enumerate() {
        if base_refs[..i].iter().any(|x| ObjRef::ptr_eq(x, b)) {
            bail!(
                TypeError,
                "duplicate base class {}",
                as_type(b).map(|t| t.name()).unwrap_or_default()
            );
        }
    }
    if base_refs.is_empty() {
        base_refs.push(tys.object.clone());
    }
    let mut kind = BaseKind::Object;
    let mut layout: Option<ObjRef> = None;
    for b in &base_refs {
        let Some(bt) = as_type(b) else { continue };
        if !bt.subclassable {
            bail!(
                TypeError,
                "type '{}' is not an acceptable base type",
                bt.name()
            );
        }
        let bk = bt.base_kind;
        if bk == BaseKind::Object {
            continue;
        }
        if kind == BaseKind::Object {
            kind = bk;
            layout = Some(builtin_base(b));
            continue;
        }
        let this_layout = builtin_base(b);
        let same = layout.as_ref().is_some_and(|l| {
            typeobj::is_subtype(&this_layout, l) || typeobj::is_subtype(l, &this_layout)
        });
        if !same {
            bail!(TypeError, "multiple bases have instance lay-out conflict");
        }
        if layout
            .as_ref()
            .is_some_and(|l| typeobj::is_subtype(&this_layout, l))
        {
            layout = Some(this_layout);
            kind = bk;
        }
    }
    let nsv = Value::Obj(ns.clone());
    let nsd = as_dict(&nsv).ok_or_else(|| py_err!(SystemError, "namespace"))?;
    let module: Arc<str> = match nsd.get_str("__module__") {
        Some(m) => as_str(&m)
            .map(Arc::from)
            .unwrap_or_else(|| Arc::from("__main__")),
        None => {
            nsd.set_str("__module__", new_str("__main__"));
            Arc::from("__main__")
        }
    };
    let qualname: Arc<str> = match nsd.get_str("__qualname__") {
        Some(q) => match as_str(&q) {
            Some(s) => Arc::from(s),
            None => bail!(
                TypeError,
                "type __qualname__ must be a str, not {}",
                type_name(&q)
            ),
        },
        None => Arc::from(name),
    };
    nsd.remove_str("__qualname__");
    let classcell = nsd.remove_str("__classcell__");
    // __eq__ without __hash__ makes instances unhashable.
    if nsd.get_str("__eq__").is_some() && nsd.get_str("__hash__").is_none() {
        nsd.set_str("__hash__", Value::None);
    }
    // __slots__
    let mut has_dict = true;
    let mut slot_names: Vec<Value> = Vec::new();
    if let Some(slots) = nsd.get_str("__slots__") {
        let names: Vec<Value> = if as_str(&slots).is_some() {
            vec![slots.clone()]
        } else {
            crate::builtins::collect(vm, &slots)?
        };
        let bases_have_dict = base_refs
            .iter()
            .any(|b| as_type(b).is_some_and(|bt| !bt.is_builtin() && bt.has_dict));
        has_dict = bases_have_dict;
        for n in names {
            let Some(s) = as_str(&n) else {
                bail!(
                    TypeError,
                    "__slots__ items must be strings, not '{}'",
                    type_name(&n)
                );
            };
            if s == "__dict__" {
                if has_dict {
                    bail!(TypeError, "__dict__ slot disallowed: we already got one");
                }
                has_dict = true;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            if !crate::types::methods::str::is_identifier(s) {
                bail!(TypeError, "__slots__ must be identifiers");
            }
            if nsd.get_str(s).is_some() {
                bail!(
                    ValueError,
                    "'{}' in __slots__ conflicts with class variable",
                    s
                );
            }
            // `__x` is mangled to `_Class__x`, as names in the class body are.
            let stripped = name.trim_start_matches('_');
            if s.starts_with("__") && !s.ends_with("__") && !stripped.is_empty() {
                slot_names.push(new_str(&format!("_{stripped}{s}")));
            } else {
                slot_names.push(n.clone());
            }
        }
        if kind != BaseKind::Object && !slot_names.is_empty() {
            let bn = layout
                .as_ref()
                .and_then(as_type)
                .map(|t| t.name())
                .unwrap_or_default();
            if matches!(bn.as_ref(), "int" | "bytes" | "tuple") {
                bail!(
                    TypeError,
                    "nonempty __slots__ not supported for subtype of '{}'",
                    bn
                );
            }
        }
        for n in &slot_names {
            if let Some(s) = as_str(n) {
                nsd.set_str(s, new_member(n.clone(), Arc::from(name)));
            }
        }
    }
    // Implicit staticmethod/classmethod for __new__, __init_subclass__, __class_getitem__.
    for (n, wrap_static) in [
        ("__new__", true),
        ("__init_subclass__", false),
        ("__class_getitem__", false),
    ] {
        if let Some(f) = nsd.get_str(n) {
            if matches!(f.raw_payload(), Some(Payload::Function(_))) {
                let w = if wrap_static {
                    Payload::StaticMethod(f)
                } else {
                    Payload::ClassMethod(f)
                };
                nsd.set_str(n, Value::from_obj(w));
            }
        }
    }
    let is_type_meta = ObjRef::ptr_eq(meta, &tys.type_);
    let tobj = TypeObj {
        name: RwLock::new(Arc::from(name)),
        qualname: RwLock::new(qualname),
        module,
        bases: RwLock::new(base_refs.clone()),
        mro: RwLock::new(Vec::new()),
        attrs: TypeAttrs::Dict(ns.clone()),
        base_kind: kind,
        subclassable: true,
        tag: AtomicU64::new(typeobj::fresh_tag()),
        meta: if is_type_meta {
            None
        } else {
            Some(meta.clone())
        },
        subclasses: Default::default(),
        flags: AtomicU64::new(0),
        has_dict,
        slot_names: slot_names.into_boxed_slice(),
    };
    let cls = if immortal && is_type_meta {
        ObjRef::new_immortal(Payload::Type(Box::new(tobj)))
    } else {
        ObjRef::new(Payload::Type(Box::new(tobj)))
    };
    let mro = compute_mro(&cls, &base_refs).map_err(|m| py_err!(TypeError, "{}", m))?;
    if let Some(t) = as_type(&cls) {
        *t.mro.write() = mro;
    }
    typeobj::register_subclass(&cls);
    if let Some(Payload::Cell(c)) = classcell.as_ref().and_then(|c| c.raw_payload()) {
        *c.value.write() = Value::Obj(cls.clone());
    }
    let clsv = Value::Obj(cls.clone());
    // __set_name__ on attributes, then the parent's __init_subclass__.
    for (k, v) in nsd.items() {
        if matches!(
            v.raw_payload(),
            Some(Payload::Instance(_) | Payload::Native(_) | Payload::Property(_))
        ) {
            if let Some(sn) = lookup(&type_of(&v), "__set_name__") {
                let r = vm.call(&sn, Args::new(&[v.clone(), clsv.clone(), k.clone()]));
                if let Err(e) = r {
                    let note = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        type_name(&v),
                        crate::ops::repr(vm, &k)?,
                        name
                    );
                    if let Ok(add) = crate::ops::attr::getattr(vm, &e.value(), "add_note") {
                        let _ = vm.call(&add, Args::new(&[new_str(&note)]));
                    }
                    return Err(e);
                }
            }
        }
    }
    init_subclass(vm, &cls, kw_names, kw_values)?;
    Ok(clsv)
}

/// `super(cls, cls).__init_subclass__(**kwds)`.
fn init_subclass(vm: &Vm, cls: &ObjRef, kw_names: &[Value], kw_values: &[Value]) -> PyResult<()> {
    let Some(t) = as_type(cls) else { return Ok(()) };
    let mro = t.mro.read().clone();
    for parent in mro.iter().skip(1) {
        let Some(pt) = as_type(parent) else { continue };
        let Some(f) = pt.own_attr("__init_subclass__") else {
            continue;
        };
        let clsv = Value::Obj(cls.clone());
        let mut v = vec![clsv.clone()];
        v.extend(kw_values.iter().cloned());
        let a = Args {
            values: &v,
            kwnames: kw_names,
        };
        match f.raw_payload() {
            Some(Payload::ClassMethod(inner)) => {
                vm.call(inner, a)?;
            }
            Some(Payload::Builtin(_)) => {
                if !kw_names.is_empty() {
                    bail!(
                        TypeError,
                        "{}.__init_subclass__() takes no keyword arguments",
                        t.name()
                    );
                }
            }
            _ => {
                let bound = crate::ops::attr::bind(vm, f.clone(), &clsv, parent)?;
                vm.call(
                    &bound,
                    Args {
                        values: &v[1..],
                        kwnames: kw_names,
                    },
                )?;
            }
        }
        return Ok(());
    }
    Ok(())
}

/// Call a class (`type.__call__`): its metaclass's `__call__` if overridden, else `__new__`
/// then `__init__`.
pub fn call_class(vm: &Vm, tv: &Value, tobj: &ObjRef, t: &TypeObj, args: Args) -> PyResult<Value> {
    if let Some(meta) = &t.meta {
        if let Some(c) = lookup(meta, "__call__") {
            if !matches!(c.raw_payload(), Some(Payload::Builtin(b)) if b.owner == Some("type")) {
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(tv.clone());
                v.extend(args.values.iter().cloned());
                return vm.call(
                    &c,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                );
            }
        }
    }
    type_call(vm, tv, tobj, t, args)
}

/// The default `type.__call__(cls, *args, **kwargs)`.
pub fn type_call(vm: &Vm, tv: &Value, tobj: &ObjRef, t: &TypeObj, args: Args) -> PyResult<Value> {
    let new = lookup(tobj, "__new__");
    let init = lookup(tobj, "__init__");
    let new_is_object = new.as_ref().is_none_or(is_object_method);
    let init_is_object = init.as_ref().is_none_or(is_object_method);
    let inst = if new_is_object {
        if !args.values.is_empty() && init_is_object {
            bail!(TypeError, "{}() takes no arguments", t.name());
        }
        object_new_for(tobj, t, &args)?
    } else {
        let n = new.unwrap_or(Value::None);
        let f = match n.raw_payload() {
            Some(Payload::StaticMethod(inner)) => inner.clone(),
            _ => n,
        };
        let mut v = Vec::with_capacity(args.values.len() + 1);
        v.push(tv.clone());
        v.extend(args.values.iter().cloned());
        let r = vm.call(
            &f,
            Args {
                values: &v,
                kwnames: args.kwnames,
            },
        )?;
        if !typeobj::is_subtype(&type_of(&r), tobj) {
            return Ok(r);
        }
        r
    };
    // __init__ of the object's actual class.
    let init = if new_is_object {
        init
    } else {
        lookup(&type_of(&inst), "__init__")
    };
    if let Some(i) = init {
        if is_object_method(&i) {
            if !args.values.is_empty() && new_is_object {
                // object_new_for already accepted these arguments for a custom __init__.
            }
            return Ok(inst);
        }
        let r = match i.raw_payload() {
            Some(Payload::Function(_)) => {
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(inst.clone());
                v.extend(args.values.iter().cloned());
                vm.call(
                    &i,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )?
            }
            _ => {
                let bound = crate::ops::attr::bind(vm, i.clone(), &inst, tobj)?;
                vm.call(&bound, args)?
            }
        };
        if !r.is_none() {
            bail!(
                TypeError,
                "__init__() should return None, not '{}'",
                type_name(&r)
            );
        }
    }
    Ok(inst)
}

/// The message for instantiating a class with abstract methods.
fn abstract_error(tobj: &ObjRef, t: &TypeObj) -> crate::error::PyErr {
    let mut names: Vec<String> = Vec::new();
    if let Some(a) = lookup(tobj, "__abstractmethods__") {
        if let Some(Payload::FrozenSet(s) | Payload::Set(s)) = a.payload() {
            names = s
                .table
                .read()
                .values()
                .iter()
                .filter_map(|v| as_str(v).map(String::from))
                .collect();
        }
    }
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    py_err!(
        TypeError,
        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
        t.name(),
        if names.len() == 1 { "" } else { "s" },
        quoted.join(", ")
    )
}

/// `object.__new__(cls)` once the arguments are known to be acceptable.
pub fn object_new_for(tobj: &ObjRef, t: &TypeObj, args: &Args) -> PyResult<Value> {
    if t.flags(tobj) & flag::ABSTRACT != 0 {
        return Err(abstract_error(tobj, t));
    }
    match t.base_kind {
        BaseKind::Exception => Ok(Value::Obj(new_exception_of(
            tobj.clone(),
            args.pos().to_vec(),
        ))),
        BaseKind::Object => Ok(new_instance(tobj.clone(), Value::Null)),
        _ => {
            let b = builtin_base(tobj);
            bail!(
                TypeError,
                "object.__new__({}) is not safe, use {}.__new__()",
                t.name(),
                as_type(&b).map(|t| t.name()).unwrap_or_default()
            )
        }
    }
}

/// Instances of `type` for `type(name, bases, ns)` called directly: pick the metaclass the
/// bases need and create the class.
pub fn type_three_args(vm: &Vm, meta: &ObjRef, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let name = as_str(&p[0]).ok_or_else(|| {
        py_err!(
            TypeError,
            "type.__new__() argument 1 must be str, not {}",
            type_name(&p[0])
        )
    })?;
    let bases = crate::types::tuple::as_tuple(&p[1])
        .ok_or_else(|| {
            py_err!(
                TypeError,
                "type.__new__() argument 2 must be tuple, not {}",
                type_name(&p[1])
            )
        })?
        .to_vec();
    let Some(ns) = as_dict(&p[2]) else {
        bail!(
            TypeError,
            "type.__new__() argument 3 must be dict, not {}",
            type_name(&p[2])
        );
    };
    let winner = calculate_meta(meta, &bases)?;
    if !ObjRef::ptr_eq(&winner, meta) && !ObjRef::ptr_eq(&winner, &types().type_) {
        // A base's metaclass is more derived: it creates the class.
        let w = Value::Obj(winner);
        return vm.call(&w, args);
    }
    let nsd = DictObj::from_table(ns.snapshot());
    let nso = ObjRef::new(Payload::Dict(nsd));
    let n = args.pos().len();
    let kw_names = args.kwnames;
    let kw_values = &args.values[n..];
    new_class(vm, meta, name, &bases, nso, kw_names, kw_values, false)
}
