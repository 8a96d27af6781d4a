//! The built-in types: one file per type holding its payload and its methods, and the registry
//! ([`types()`]) of the type objects, created once at start-up and immortal.
//!
//! To add a method to a built-in type: write `fn name(vm: &Vm, args: Args) -> PyResult<Value>`
//! in the type's file and list it in that file's `methods()`.

pub mod dict;
pub mod exceptions;
pub mod function;
pub mod generator;
pub mod instance;
pub mod iter;
pub mod list;
pub mod methods;
pub mod module;
pub mod set;
pub mod slots;
pub mod str;
pub mod tuple;
pub mod typeobj;

use crate::object::Payload;
use crate::types::exceptions::ExcKind;
use crate::types::function::{new_method, NativeFn};
use crate::types::typeobj::{BaseKind, TypeAttrs, TypeObj};
use crate::value::{ObjRef, Value};
use hashbrown::HashMap;
use parking_lot::RwLock;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, OnceLock};

/// The built-in type objects.
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub bool_: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method_descriptor: ObjRef,
    pub method: ObjRef,
    pub code: ObjRef,
    pub cell: ObjRef,
    pub module: ObjRef,
    pub iterator: ObjRef,
    pub generator: ObjRef,
    /// `coroutine` and `async_generator` (generator objects of another kind).
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub property: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
    pub native: ObjRef,
    /// Types of native objects by name (`lock`, `TextIOWrapper`, `traceback`, ...).
    pub native_types: HashMap<&'static str, ObjRef>,
    exc: Vec<ObjRef>,
    /// Iterator types by name (`list_iterator`, `range_iterator`, `enumerate`, ...).
    pub iter_types: HashMap<&'static str, ObjRef>,
    pub not_implemented: Value,
    pub ellipsis: Value,
}

impl Types {
    pub fn exc(&self, kind: ExcKind) -> &ObjRef {
        &self.exc[kind as usize]
    }

    pub fn iter_type(&self, name: &str) -> &ObjRef {
        self.iter_types.get(name).unwrap_or(&self.iterator)
    }
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The registry of built-in types.
#[inline]
pub fn types() -> &'static Types {
    TYPES.get_or_init(build)
}

fn make_type(
    name: &'static str,
    kind: BaseKind,
    base: Option<&ObjRef>,
    methods: Vec<(&'static str, NativeFn)>,
    subclassable: bool,
) -> ObjRef {
    let mut map: HashMap<Box<str>, Value> = HashMap::new();
    // The special methods Python code can name (`int.__add__`); the type's own table wins.
    for (m, f) in slots::dunders_for(kind) {
        map.insert(m.into(), new_method(name, m, f));
    }
    if matches!(kind, BaseKind::List | BaseKind::Dict | BaseKind::Set) {
        map.insert("__hash__".into(), Value::None);
    }
    for (m, f) in methods {
        map.insert(m.into(), new_method(name, m, f));
    }
    let t = TypeObj {
        name: RwLock::new(Arc::from(name)),
        qualname: RwLock::new(Arc::from(name)),
        module: Arc::from("builtins"),
        bases: RwLock::new(base.into_iter().cloned().collect()),
        mro: RwLock::new(Vec::new()),
        attrs: TypeAttrs::Frozen(map),
        base_kind: kind,
        subclassable,
        tag: AtomicU64::new(typeobj::fresh_tag()),
        meta: None,
        subclasses: Default::default(),
        flags: AtomicU64::new(0),
        has_dict: true,
        slot_names: Box::new([]),
    };
    let o = ObjRef::new_immortal(Payload::Type(Box::new(t)));
    let mut mro = vec![o.clone()];
    if let Some(b) = base {
        if let Some(bt) = typeobj::as_type(b) {
            mro.extend(bt.mro.read().iter().cloned());
        }
    }
    if let Payload::Type(t) = &o.payload {
        *t.mro.write() = mro;
    }
    typeobj::register_subclass(&o);
    o
}

fn build() -> Types {
    use methods as m;
    let object = make_type("object", BaseKind::Object, None, m::object_methods(), true);
    let t = |name, kind, methods, sub| make_type(name, kind, Some(&object), methods, sub);
    let type_ = t("type", BaseKind::Type, m::type_methods(), true);
    let int = t("int", BaseKind::Int, m::int_methods(), true);
    let bool_ = make_type(
        "bool",
        BaseKind::Bool,
        Some(&int),
        m::numbers::bool_methods(),
        false,
    );
    let exc_base = make_type(
        "BaseException",
        BaseKind::Exception,
        Some(&object),
        m::exception_methods(),
        true,
    );
    let mut exc: Vec<ObjRef> = Vec::new();
    for kind in ExcKind::ALL {
        if *kind == ExcKind::BaseException {
            exc.push(exc_base.clone());
            continue;
        }
        let parent = exc[kind.parent() as usize].clone();
        exc.push(make_type(
            kind.name(),
            BaseKind::Exception,
            Some(&parent),
            m::exception::kind_methods(*kind),
            true,
        ));
    }
    exceptions::finish_hierarchy(&exc);
    let mut iter_types = HashMap::new();
    let iterator = t("iterator", BaseKind::Iterator, m::iterator_methods(), false);
    for name in iter::ITER_TYPE_NAMES {
        iter_types.insert(
            *name,
            t(name, BaseKind::Iterator, m::iterator_methods(), false),
        );
    }
    let not_implemented_type = t(
        "NotImplementedType",
        BaseKind::NotImplemented,
        vec![],
        false,
    );
    let ellipsis_type = t("ellipsis", BaseKind::Ellipsis, vec![], false);
    Types {
        none: t("NoneType", BaseKind::NoneType, vec![], false),
        float: t("float", BaseKind::Float, m::float_methods(), true),
        complex: t("complex", BaseKind::Complex, m::complex_methods(), true),
        str_: t("str", BaseKind::Str, m::str_methods(), true),
        bytes: t("bytes", BaseKind::Bytes, m::bytes_methods(), true),
        tuple: t("tuple", BaseKind::Tuple, m::tuple_methods(), true),
        list: t("list", BaseKind::List, m::list_methods(), true),
        dict: t("dict", BaseKind::Dict, m::dict_methods(), true),
        set: t("set", BaseKind::Set, m::set_methods(), true),
        frozenset: t(
            "frozenset",
            BaseKind::FrozenSet,
            m::frozenset_methods(),
            true,
        ),
        range: t("range", BaseKind::Range, m::range_methods(), false),
        slice: t("slice", BaseKind::Slice, m::slice_methods(), false),
        function: t(
            "function",
            BaseKind::Function,
            slots::function_methods(),
            false,
        ),
        builtin_function: t(
            "builtin_function_or_method",
            BaseKind::Builtin,
            vec![],
            false,
        ),
        method_descriptor: t("method_descriptor", BaseKind::Builtin, vec![], false),
        method: t("method", BaseKind::Method, vec![], false),
        code: t("code", BaseKind::Code, vec![], false),
        cell: t("cell", BaseKind::Cell, vec![], false),
        module: t("module", BaseKind::Module, vec![], true),
        generator: t(
            "generator",
            BaseKind::Generator,
            m::generator_methods(),
            false,
        ),
        coroutine: t(
            "coroutine",
            BaseKind::Generator,
            crate::interp::coroutine::coroutine_methods(),
            false,
        ),
        async_generator: t(
            "async_generator",
            BaseKind::Generator,
            crate::interp::coroutine::async_generator_methods(),
            false,
        ),
        staticmethod: t(
            "staticmethod",
            BaseKind::StaticMethod,
            slots::staticmethod_methods(),
            true,
        ),
        classmethod: t(
            "classmethod",
            BaseKind::ClassMethod,
            slots::classmethod_methods(),
            true,
        ),
        property: t(
            "property",
            BaseKind::Property,
            m::misc::property_methods(),
            true,
        ),
        native: t("object", BaseKind::Native, vec![], false),
        native_types: crate::modules::native_type_methods()
            .into_iter()
            .map(|(name, methods)| (name, t(name, BaseKind::Native, methods, false)))
            .collect(),
        not_implemented: Value::Obj(ObjRef::new_immortal(Payload::NotImplemented)),
        ellipsis: Value::Obj(ObjRef::new_immortal(Payload::Ellipsis)),
        not_implemented_type,
        ellipsis_type,
        iterator,
        iter_types,
        exc,
        object,
        type_,
        int,
        bool_,
    }
}

/// The type object of a value (`type(v)`).
pub fn type_of(v: &Value) -> ObjRef {
    let t = types();
    match v {
        Value::Null | Value::None => t.none.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Obj(o) => match &o.payload {
            Payload::Str(_) => t.str_.clone(),
            Payload::BigInt(_) => t.int.clone(),
            Payload::Complex(..) => t.complex.clone(),
            Payload::Bytes(_) => t.bytes.clone(),
            Payload::Tuple(_) => t.tuple.clone(),
            Payload::List(_) => t.list.clone(),
            Payload::Dict(_) => t.dict.clone(),
            Payload::Set(_) => t.set.clone(),
            Payload::FrozenSet(_) => t.frozenset.clone(),
            Payload::Range(_) => t.range.clone(),
            Payload::Slice(_) => t.slice.clone(),
            Payload::Function(_) => t.function.clone(),
            Payload::Builtin(b) => {
                if b.owner.is_some() && b.bound.is_none() {
                    t.method_descriptor.clone()
                } else {
                    t.builtin_function.clone()
                }
            }
            Payload::BoundMethod(_) => t.method.clone(),
            Payload::Code(_) => t.code.clone(),
            Payload::Cell(_) => t.cell.clone(),
            Payload::Module(_) => t.module.clone(),
            Payload::Type(ty) => ty.meta.clone().unwrap_or_else(|| t.type_.clone()),
            Payload::Instance(i) => i.class(),
            Payload::Exception(e) => e.class.clone(),
            Payload::Iter(it) => t.iter_type(it.type_name()).clone(),
            Payload::Generator(g) => match g.kind {
                generator::GenKind::Generator => t.generator.clone(),
                generator::GenKind::Coroutine => t.coroutine.clone(),
                generator::GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Payload::StaticMethod(_) => t.staticmethod.clone(),
            Payload::ClassMethod(_) => t.classmethod.clone(),
            Payload::Property(_) => t.property.clone(),
            Payload::NotImplemented => t.not_implemented_type.clone(),
            Payload::Ellipsis => t.ellipsis_type.clone(),
            Payload::Native(n) => t
                .native_types
                .get(n.type_name())
                .unwrap_or(&t.native)
                .clone(),
        },
    }
}

/// `type(v).__name__`.
pub fn type_name(v: &Value) -> Arc<str> {
    let t = type_of(v);
    match typeobj::as_type(&t) {
        Some(t) => t.name(),
        None => Arc::from("object"),
    }
}
